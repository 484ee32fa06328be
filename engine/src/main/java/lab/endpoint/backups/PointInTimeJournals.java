package lab.endpoint.backups;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One namespace's tables with point-in-time recovery enabled, each with its journal, by table name. */
final class PointInTimeJournals {

    private final Map<String, PointInTimeJournal> byTable = new ConcurrentHashMap<>();

    Optional<PointInTimeJournal> of(String table) {
        return Optional.ofNullable(byTable.get(table));
    }

    void start(String table, PointInTimeJournal journal) {
        byTable.put(table, journal);
    }

    /** Recovery ends: disabled, or the table deleted. Its history goes with it. */
    void end(String table) {
        byTable.remove(table);
    }
}
