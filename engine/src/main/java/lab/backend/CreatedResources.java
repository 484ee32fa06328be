package lab.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables and backups one namespace's clients made, the harness's and the learner's alike, as the lab endpoint saw
 * them made: on an endpoint the harness does not own, these, and only these, are removed when the scenario ends.
 * <p>
 * A table counts when the service answered that it made it. A request that got no answer at all (a timeout, a broken
 * connection) may have made its table all the same: such a table counts as {@link Made#UNANSWERED}, to be removed only
 * if it is younger than the scenario. A request the service refused made nothing.
 */
public final class CreatedResources {

    /** How sure the ledger is that the scenario made a table. */
    public enum Made {
        ANSWERED, UNANSWERED
    }

    private final Map<String, Made> tables = new LinkedHashMap<>();
    private final List<String> backupArns = new ArrayList<>();

    /** A table was made ({@code ANSWERED}), or may have been ({@code UNANSWERED}, never downgrading an answer). */
    public synchronized void madeTable(String table, Made made) {
        if (made == Made.ANSWERED) {
            tables.put(table, made);
        } else {
            tables.putIfAbsent(table, made);
        }
    }

    public synchronized void madeBackup(String backupArn) {
        backupArns.add(backupArn);
    }

    /** The tables made, in the order they were made, with how sure the ledger is of each. */
    public synchronized Map<String, Made> tables() {
        return new LinkedHashMap<>(tables);
    }

    public synchronized List<String> backupArns() {
        return List.copyOf(backupArns);
    }
}
