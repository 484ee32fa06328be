package lab.endpoint;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A table the learner's code creates is CREATING, as on the service, where DynamoDB Local makes it ACTIVE at once: its
 * CreateTable answer and every DescribeTable say so, the learner's item operations on it are told the resource is not
 * found, and it can be neither changed nor deleted yet. It becomes ACTIVE the first time the learner's code asks how it
 * is (DescribeTable: a waiter's first poll, or a loop's), or {@link #AT_MOST} after it was created. So code that waits
 * is not slowed (a waiter's first poll finds it ACTIVE), and code that returns without waiting leaves a table that is
 * not yet usable, as it would on the service. Tables the harness creates are ACTIVE at once.
 */
final class NewTables implements Emulation {

    /** How long a new table stays CREATING when nobody asks: the harness checks within milliseconds. */
    static final Duration AT_MOST = Duration.ofSeconds(5);

    /** The tables of one namespace that are being created, with when each was. */
    static final class Creating {

        private final Map<String, Long> since = new ConcurrentHashMap<>();

        void created(String table) {
            since.put(table, System.nanoTime());
        }

        boolean creating(String table) {
            Long at = table == null ? null : since.get(table);
            if (at == null) {
                return false;
            }
            if (System.nanoTime() - at > AT_MOST.toNanos()) {
                since.remove(table);
                return false;
            }
            return true;
        }

        void active(String table) {
            since.remove(table);
        }
    }

    private static Creating creating(LabNamespace namespace) {
        return namespace.kept(Creating.class, Creating::new);
    }

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        if (!request.fromLearner()) {
            return Optional.empty();
        }
        Creating creating = creating(namespace);
        for (String table : ItemRequests.tables(request.operation(), request.body())) {
            if (creating.creating(table)) {
                throw ServiceError.of("ResourceNotFoundException", "Requested resource not found");
            }
        }
        String table = request.text("TableName");
        if (!creating.creating(table)) {
            return Optional.empty();
        }
        switch (request.operation()) {
            case "DescribeTable" -> creating.active(table);
            case "UpdateTable", "DeleteTable" -> throw ServiceError.of("ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table is being created: " + table);
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
        Creating creating = creating(namespace);
        switch (request.operation()) {
            case "CreateTable" -> {
                if (!request.fromLearner()) {
                    return answer;
                }
                creating.created(table);
                return creatingIn(answer, "TableDescription");
            }
            case "DescribeTable" -> {
                return creating.creating(table) ? creatingIn(answer, "Table") : answer;
            }
            case "DeleteTable" -> {
                creating.active(table);
                return answer;
            }
            default -> {
                return answer;
            }
        }
    }

    /** The answer with its table, and each index on it, CREATING. */
    private static WireAnswer creatingIn(WireAnswer answer, String field) {
        ObjectNode body = answer.json();
        if (!(body.path(field) instanceof ObjectNode table)) {
            return answer;
        }
        table.put("TableStatus", "CREATING");
        for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
            ((ObjectNode) index).put("IndexStatus", "CREATING");
        }
        return answer.withBody(body);
    }
}
