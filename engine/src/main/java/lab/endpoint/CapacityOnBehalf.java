package lab.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asks for consumed capacity on the learner's behalf, and takes it out of the answer again, so that the learner's
 * code sees exactly what it asked for while the harness learns what each call cost. Every operation that can carry
 * {@code ReturnConsumedCapacity} answers with {@code ConsumedCapacity}, one object or a list of them.
 */
final class CapacityOnBehalf {

    static final String ASK = "ReturnConsumedCapacity";
    static final String ANSWER = "ConsumedCapacity";

    private static final Set<String> CAN_ASK = Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query",
            "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems", "ExecuteStatement",
            "BatchExecuteStatement", "ExecuteTransaction");

    private CapacityOnBehalf() {
    }

    /** Whether the request can ask for consumed capacity and the learner left it unset, or asked for NONE. */
    static boolean notAskedFor(String operation, JsonNode request) {
        return CAN_ASK.contains(operation) && "NONE".equals(request.path(ASK).asText("NONE"));
    }

    /** Asks for each table's and index's part too, so that the metrics published tell a table from its indexes. */
    static void ask(ObjectNode request) {
        request.put(ASK, "INDEXES");
    }

    /** The answer without the consumed capacity the harness asked for. */
    static ObjectNode strip(ObjectNode answer) {
        answer.remove(ANSWER);
        return answer;
    }

    /** The capacity units the answer reports, summed over its tables and indexes; null where it reports none. */
    static Double units(JsonNode answer) {
        Double sum = null;
        for (JsonNode capacity : reported(answer)) {
            if (capacity.has("CapacityUnits")) {
                sum = (sum == null ? 0 : sum) + capacity.get("CapacityUnits").asDouble();
            }
        }
        return sum;
    }

    /** The answer's ConsumedCapacity entries, one per table: one object or a list of them; none where it has none. */
    static Iterable<JsonNode> reported(JsonNode answer) {
        JsonNode reported = answer.get(ANSWER);
        if (reported == null || reported.isNull()) {
            return List.of();
        }
        return reported.isArray() ? reported : List.of(reported);
    }

    /**
     * What one entry says its table consumed, by part: null for the table itself (its local secondary indexes share
     * its capacity), else a global secondary index's name. An entry without the breakdown (the caller asked for TOTAL)
     * is all {@code requestedIndex}'s, or the table's when the request named no index.
     */
    static Map<String, Double> byPart(JsonNode consumed, String requestedIndex) {
        Map<String, Double> parts = new LinkedHashMap<>();
        if (consumed.has("Table") || consumed.has("GlobalSecondaryIndexes")) {
            if (consumed.has("Table") || consumed.has("LocalSecondaryIndexes")) {
                double table = consumed.path("Table").path("CapacityUnits").asDouble(0);
                for (JsonNode index : consumed.path("LocalSecondaryIndexes")) {
                    table += index.path("CapacityUnits").asDouble(0);
                }
                parts.put(null, table);
            }
            consumed.path("GlobalSecondaryIndexes").fields().forEachRemaining(index ->
                    parts.put(index.getKey(), index.getValue().path("CapacityUnits").asDouble(0)));
        } else if (consumed.has("CapacityUnits")) {
            parts.put(requestedIndex, consumed.get("CapacityUnits").asDouble());
        }
        return parts;
    }
}
