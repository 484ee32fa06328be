package lab.endpoint;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A table the learner's code creates is CREATING, and one whose capacity it changes is UPDATING, as on the service,
 * where DynamoDB Local makes every change at once. Its answer and every DescribeTable say so (its indexes too); a table
 * being created is not found by the learner's item operations; neither can be changed or deleted yet
 * (ResourceInUseException). It becomes ACTIVE the first time the learner's code asks how it is (DescribeTable: a
 * waiter's first poll, or a loop's), or {@link #AT_MOST} after the change. So code that waits is not slowed (a waiter's
 * first poll finds it ACTIVE), and code that returns without waiting leaves a table that is not yet settled, as it
 * would on the service; a scenario that moves the store's clock on past that finds it ACTIVE. Tables the harness
 * creates or changes are ACTIVE at once.
 */
final class SettlingTables implements Emulation {

    /**
     * How long a table stays CREATING or UPDATING when nobody asks, on this machine's clock or the store's, whichever
     * runs on faster: the harness checks within milliseconds.
     */
    static final Duration AT_MOST = Duration.ofSeconds(5);

    static final String CREATING = "CREATING";
    static final String UPDATING = "UPDATING";

    /** What a table is becoming, and when that is over. */
    private record Change(String status, Settles settles) {
    }

    /** The tables of one namespace that are being created or updated. */
    static final class Settling {

        private final Map<String, Change> changes = new ConcurrentHashMap<>();
        private final LabClock clock;

        Settling(LabClock clock) {
            this.clock = clock;
        }

        void changed(String table, String status) {
            changes.put(table, new Change(status, Settles.after(AT_MOST, clock)));
        }

        /** CREATING or UPDATING while the table is, else null. */
        String status(String table) {
            Change change = table == null ? null : changes.get(table);
            if (change == null) {
                return null;
            }
            if (change.settles().over(clock)) {
                changes.remove(table, change);
                return null;
            }
            return change.status();
        }

        void active(String table) {
            changes.remove(table);
        }
    }

    private static Settling settling(LabNamespace namespace) {
        return namespace.kept(Settling.class, () -> new Settling(namespace.clock()));
    }

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        if (!request.fromLearner()) {
            return Optional.empty();
        }
        Settling settling = settling(namespace);
        for (String table : ItemRequests.tables(request.operation(), request.body())) {
            if (CREATING.equals(settling.status(table))) {
                throw ServiceError.of("ResourceNotFoundException", "Requested resource not found");
            }
        }
        String table = request.text("TableName");
        String status = settling.status(table);
        if (status == null) {
            return Optional.empty();
        }
        switch (request.operation()) {
            case "DescribeTable" -> settling.active(table);
            case "UpdateTable", "DeleteTable" -> throw ServiceError.of("ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table is being "
                            + (status.equals(CREATING) ? "created" : "updated") + ": " + table);
            default -> {
            }
        }
        return Optional.empty();
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        String table = request.text("TableName");
        if (!answer.succeeded() || table == null) {
            return answer;
        }
        Settling settling = settling(namespace);
        switch (request.operation()) {
            case "CreateTable" -> {
                if (!request.fromLearner()) {
                    return answer;
                }
                settling.changed(table, CREATING);
                return settlingIn(answer, "TableDescription", CREATING);
            }
            case "UpdateTable" -> {
                if (!request.fromLearner() || !changesCapacity(request.body())) {
                    return answer;
                }
                settling.changed(table, UPDATING);
                return settlingIn(answer, "TableDescription", UPDATING);
            }
            case "DescribeTable" -> {
                String status = settling.status(table);
                return status != null ? settlingIn(answer, "Table", status) : answer;
            }
            case "DeleteTable" -> {
                settling.active(table);
                return answer;
            }
            default -> {
                return answer;
            }
        }
    }

    /** Whether an UpdateTable changes the table's capacity: its billing mode or its throughput. */
    private static boolean changesCapacity(JsonNode update) {
        return update.hasNonNull("BillingMode") || update.hasNonNull("ProvisionedThroughput");
    }

    /** The answer with its table, and each index on it, in {@code status}. */
    private static WireAnswer settlingIn(WireAnswer answer, String field, String status) {
        ObjectNode body = answer.json();
        if (!(body.path(field) instanceof ObjectNode table)) {
            return answer;
        }
        table.put("TableStatus", status);
        for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
            ((ObjectNode) index).put("IndexStatus", status);
        }
        return answer.withBody(body);
    }
}
