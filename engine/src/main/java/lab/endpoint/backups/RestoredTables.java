package lab.endpoint.backups;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tables one namespace restored, each with its {@code RestoreSummary}: a restored table is CREATING for a short
 * while after the restore answered ({@link #CREATING_FOR}), then ACTIVE, and keeps its summary (with
 * {@code RestoreInProgress} false) as long as it lives.
 */
final class RestoredTables {

    /**
     * How long a restored table stays CREATING after the restore answered: long enough that code which does not wait
     * for it to be ACTIVE is caught, short enough to cost a scenario little. The service takes minutes.
     */
    static final Duration CREATING_FOR = Duration.ofMillis(200);

    private record Restore(ObjectNode summary, long activeAtNanos) {
    }

    private final Map<String, Restore> tables = new ConcurrentHashMap<>();

    /** The table is being made from {@code summary}'s source: CREATING until {@link #loaded} and a while after. */
    void started(String table, ObjectNode summary) {
        tables.put(table, new Restore(summary, Long.MAX_VALUE));
    }

    /** Its items are in: it becomes ACTIVE {@link #CREATING_FOR} from now. */
    void loaded(String table) {
        tables.computeIfPresent(table, (name, restore) ->
                new Restore(restore.summary(), System.nanoTime() + CREATING_FOR.toNanos()));
    }

    boolean creating(String table) {
        Restore restore = tables.get(table);
        return restore != null && System.nanoTime() - restore.activeAtNanos() < 0;
    }

    /** The table's {@code RestoreSummary} as it stands, or empty for a table not restored. */
    Optional<ObjectNode> summary(String table) {
        Restore restore = tables.get(table);
        if (restore == null) {
            return Optional.empty();
        }
        return Optional.of(restore.summary().deepCopy().put("RestoreInProgress", creating(table)));
    }

    void forget(String table) {
        tables.remove(table);
    }
}
