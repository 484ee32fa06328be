package lab.endpoint.backups;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.LabClock;
import lab.endpoint.Settles;

/**
 * The tables one namespace restored, each with its {@code RestoreSummary}: a restored table is CREATING for a short
 * while after the restore answered ({@link #CREATING_FOR}), then ACTIVE, and keeps its summary (with
 * {@code RestoreInProgress} false) as long as it lives. The first DescribeTable of it that the store's traffic sends
 * (the learner's code, or the AWS CLI, which takes a second to start) is answered CREATING however late it comes, so
 * that whoever looks sees the restore under way, as on the service, where it lasts minutes; that costs code that
 * waits one more poll at most.
 */
final class RestoredTables {

    /**
     * How long a restored table stays CREATING after the restore answered, on this machine's clock or the store's,
     * whichever runs on faster: long enough that code which does not wait for it to be ACTIVE is caught, short enough
     * to cost a scenario little. The service takes minutes.
     */
    static final Duration CREATING_FOR = Duration.ofMillis(200);

    private record Restore(ObjectNode summary, Settles active, boolean seenCreating) {
    }

    private final Map<String, Restore> tables = new ConcurrentHashMap<>();
    private final LabClock clock;

    RestoredTables(LabClock clock) {
        this.clock = clock;
    }

    /** The table is being made from {@code summary}'s source: CREATING until {@link #loaded} and a while after. */
    void started(String table, ObjectNode summary) {
        tables.put(table, new Restore(summary, Settles.never(), false));
    }

    /** Its items are in: it becomes ACTIVE {@link #CREATING_FOR} from now. */
    void loaded(String table) {
        tables.computeIfPresent(table, (name, restore) ->
                new Restore(restore.summary(), Settles.after(CREATING_FOR, clock), restore.seenCreating()));
    }

    /** Whether a restore from the backup with this ARN is under way: its table is being filled, or {@link #creating}. */
    boolean restoringFrom(String backupArn) {
        return tables.entrySet().stream().anyMatch(table -> backupArn.equals(
                table.getValue().summary().path("SourceBackupArn").asText(null)) && creating(table.getKey()));
    }

    /** How many restores are under way: their tables being filled, or {@link #creating}. */
    long underWay() {
        return tables.keySet().stream().filter(this::creating).count();
    }

    boolean creating(String table) {
        Restore restore = tables.get(table);
        return restore != null && !restore.active().over(clock);
    }

    /**
     * Whether a DescribeTable of the store's traffic is answered CREATING: while the table is, and the first time in
     * any case. The answer counts as seen.
     */
    boolean describedAsCreating(String table) {
        Restore restore = tables.get(table);
        if (restore == null) {
            return false;
        }
        boolean creating = creating(table) || !restore.seenCreating();
        tables.computeIfPresent(table, (name, now) -> new Restore(now.summary(), now.active(), true));
        return creating;
    }

    /** The table's {@code RestoreSummary} as it stands, or empty for a table not restored. */
    Optional<ObjectNode> summary(String table) {
        Restore restore = tables.get(table);
        if (restore == null) {
            return Optional.empty();
        }
        return summary(table, creating(table));
    }

    /** The table's {@code RestoreSummary}, saying whether the restore is in progress as {@code inProgress} says. */
    Optional<ObjectNode> summary(String table, boolean inProgress) {
        Restore restore = tables.get(table);
        if (restore == null) {
            return Optional.empty();
        }
        return Optional.of(restore.summary().deepCopy().put("RestoreInProgress", inProgress));
    }

    void forget(String table) {
        tables.remove(table);
    }
}
