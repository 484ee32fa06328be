package lab.endpoint.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One table's point-in-time recovery: when it was enabled, the table as it was then (a full image), and a journal of
 * every item image written since, each at the store's time it was written (an item deleted is journaled as absent).
 * The table at any moment of the window is the image with the journal replayed up to that moment.
 */
final class PointInTimeJournal {

    /** How far behind the present the service's latest restorable time is. */
    static final Duration LAG = Duration.ofMinutes(5);
    static final int RECOVERY_PERIOD_MAX_DAYS = 35;

    private record Entry(Instant at, String key, ObjectNode item) {
    }

    private final Instant enabledAt;
    private final List<String> keyNames;
    private final Map<String, ObjectNode> base = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private volatile int recoveryDays;

    PointInTimeJournal(Instant enabledAt, int recoveryDays, List<String> keyNames, List<ObjectNode> items) {
        this.enabledAt = ServiceTimes.millis(enabledAt);
        this.recoveryDays = recoveryDays;
        this.keyNames = List.copyOf(keyNames);
        items.forEach(item -> base.put(key(item), item));
    }

    List<String> keyNames() {
        return keyNames;
    }

    int recoveryDays() {
        return recoveryDays;
    }

    void recoveryDays(int days) {
        recoveryDays = days;
    }

    /** The item with {@code key} as it is after a write at {@code at}; null where the write left none. */
    synchronized void written(Instant at, JsonNode key, ObjectNode item) {
        entries.add(new Entry(ServiceTimes.millis(at), key(key), item));
    }

    /** The earliest moment a restore can go back to: when recovery was enabled, or the recovery period ago. */
    Instant earliest(Instant now) {
        Instant periodAgo = ServiceTimes.millis(now.minus(Duration.ofDays(recoveryDays)));
        return periodAgo.isAfter(enabledAt) ? periodAgo : enabledAt;
    }

    /**
     * The latest moment a restore can go back to: the service's lag behind now, but never before the earliest. Right
     * after recovery is enabled, the latest restorable time is the moment it was enabled.
     */
    Instant latest(Instant now) {
        Instant lagging = ServiceTimes.millis(now.minus(LAG));
        Instant earliest = earliest(now);
        return lagging.isAfter(earliest) ? lagging : earliest;
    }

    /** Every item of the table as it was at {@code moment}. */
    synchronized List<ObjectNode> itemsAt(Instant moment) {
        Map<String, ObjectNode> items = new LinkedHashMap<>(base);
        for (Entry entry : entries) {
            if (entry.at().isAfter(moment)) {
                continue;
            }
            if (entry.item() == null) {
                items.remove(entry.key());
            } else {
                items.put(entry.key(), entry.item());
            }
        }
        return new ArrayList<>(items.values());
    }

    private String key(JsonNode itemOrKey) {
        return TableImage.keyOf(keyNames, itemOrKey).toString();
    }
}
