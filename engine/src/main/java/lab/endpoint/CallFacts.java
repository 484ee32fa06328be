package lab.endpoint;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.client.Call;

/** What one request and its answer, as JSON on the wire, tell about a call: the facts a {@link Call} records. */
final class CallFacts {

    private static final Set<String> BY_KEY = Set.of("GetItem", "BatchGetItem", "TransactGetItems");
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");
    private static final String[] TRANSACT_KINDS = {"Put", "Update", "Delete", "ConditionCheck", "Get"};

    private CallFacts() {
    }

    static Call.Access access(String operation) {
        if (BY_KEY.contains(operation)) {
            return Call.Access.KEY;
        } else if (operation.equals("Query")) {
            return Call.Access.QUERY;
        } else if (operation.equals("Scan")) {
            return Call.Access.SCAN;
        } else if (WRITES.contains(operation)) {
            return Call.Access.WRITE;
        }
        return Call.Access.OTHER;
    }

    /** The call as the learner made it ({@code request} before the endpoint changed it); {@code answer}, what it got. */
    static Call of(String operation, JsonNode request, WireAnswer answer, int throttled) {
        return of(operation, request, answer, answer.succeeded() ? answer.json() : null, throttled);
    }

    /** The same, with the answer's body already parsed ({@code body}, null for a refusal), so it is read once. */
    static Call of(String operation, JsonNode request, WireAnswer answer, ObjectNode body, int throttled) {
        Call.Access access = access(operation);
        String table = table(operation, request);
        String index = request.hasNonNull("IndexName") ? request.get("IndexName").asText() : null;
        boolean consistent = request.path("ConsistentRead").asBoolean(false);
        boolean conditional = request.hasNonNull("ConditionExpression")
                || request.path("Expected").size() > 0;
        int writes = access != Call.Access.WRITE ? 0 : switch (operation) {
            case "BatchWriteItem" -> count(request.path("RequestItems"));
            case "TransactWriteItems" -> request.path("TransactItems").size();
            default -> 1;
        };
        int returned = 0;
        int read = 0;
        boolean morePages = false;
        int handedBack = 0;
        Double units = null;
        String tableStatus = null;
        if (body != null) {
            switch (operation) {
                case "GetItem" -> returned = read = body.path("Item").size() > 0 ? 1 : 0;
                case "Query", "Scan" -> {
                    returned = body.path("Count").asInt();
                    read = body.path("ScannedCount").asInt();
                    morePages = body.path("LastEvaluatedKey").size() > 0;
                }
                case "BatchGetItem" -> returned = read = count(body.path("Responses"));
                case "TransactGetItems" -> {
                    for (JsonNode item : body.path("Responses")) {
                        returned += item.path("Item").size() > 0 ? 1 : 0;
                    }
                    read = returned;
                }
                case "BatchWriteItem" -> handedBack = count(body.path("UnprocessedItems"));
                default -> {
                }
            }
            units = CapacityOnBehalf.units(body);
            tableStatus = tableStatus(body);
        }
        return new Call(operation, table, index, access, returned, read, morePages, consistent, conditional, writes,
                handedBack, units, throttled, answer.errorType(), tableStatus, null);
    }

    /** The TableStatus of the table an answer describes: DescribeTable's Table, or the TableDescription of the rest. */
    private static String tableStatus(JsonNode body) {
        JsonNode table = body.has("Table") ? body.path("Table") : body.path("TableDescription");
        return table.hasNonNull("TableStatus") ? table.get("TableStatus").asText() : null;
    }

    /** The table a request names: for a batch or a transaction, the first it names; for a restore, the new table. */
    static String table(String operation, JsonNode request) {
        if (request.hasNonNull("TableName")) {
            return request.get("TableName").asText();
        }
        if (request.hasNonNull("TargetTableName")) {
            return request.get("TargetTableName").asText();
        }
        if (operation.startsWith("Batch")) {
            Iterator<String> tables = request.path("RequestItems").fieldNames();
            return tables.hasNext() ? tables.next() : null;
        }
        for (JsonNode item : request.path("TransactItems")) {
            for (String kind : TRANSACT_KINDS) {
                if (item.path(kind).hasNonNull("TableName")) {
                    return item.path(kind).get("TableName").asText();
                }
            }
        }
        return null;
    }

    /** Items in a map of table name to list, such as a batch's RequestItems or UnprocessedItems. */
    static int count(JsonNode byTable) {
        int count = 0;
        for (JsonNode list : byTable) {
            count += list.size();
        }
        return count;
    }
}
