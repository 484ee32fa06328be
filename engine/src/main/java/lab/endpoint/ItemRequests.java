package lab.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an item operation's request names: the tables it reads or writes, and each item it writes. */
public final class ItemRequests {

    public static final Set<String> ITEM_OPERATIONS = Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query",
            "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems");
    private static final String[] TRANSACT_KINDS = {"Put", "Update", "Delete", "ConditionCheck", "Get"};

    /**
     * One write of a request.
     *
     * @param table      the table written
     * @param keyOrItem  the key it names, or the whole item it puts (which holds the key)
     */
    public record Write(String table, JsonNode keyOrItem) {
    }

    private ItemRequests() {
    }

    /** Every table an item operation names; none for any other operation. */
    public static Set<String> tables(String operation, ObjectNode body) {
        Set<String> tables = new LinkedHashSet<>();
        if (!ITEM_OPERATIONS.contains(operation)) {
            return tables;
        }
        if (body.hasNonNull("TableName")) {
            tables.add(body.get("TableName").asText());
        }
        body.path("RequestItems").fieldNames().forEachRemaining(tables::add);
        for (JsonNode item : body.path("TransactItems")) {
            for (String kind : TRANSACT_KINDS) {
                if (item.path(kind).hasNonNull("TableName")) {
                    tables.add(item.path(kind).get("TableName").asText());
                }
            }
        }
        return tables;
    }

    /** Every item a write operation writes: PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems. */
    public static List<Write> writes(String operation, ObjectNode body) {
        List<Write> writes = new ArrayList<>();
        switch (operation) {
            case "PutItem" -> writes.add(new Write(body.path("TableName").asText(), body.path("Item")));
            case "UpdateItem", "DeleteItem" -> writes.add(new Write(body.path("TableName").asText(), body.path("Key")));
            case "BatchWriteItem" -> body.path("RequestItems").fields().forEachRemaining(table -> {
                for (JsonNode write : table.getValue()) {
                    JsonNode written = write.has("PutRequest") ? write.path("PutRequest").path("Item")
                            : write.path("DeleteRequest").path("Key");
                    writes.add(new Write(table.getKey(), written));
                }
            });
            case "TransactWriteItems" -> {
                for (JsonNode item : body.path("TransactItems")) {
                    if (item.has("Put")) {
                        writes.add(new Write(item.path("Put").path("TableName").asText(), item.path("Put").path("Item")));
                    }
                    for (String kind : new String[] {"Update", "Delete"}) {
                        if (item.has(kind)) {
                            writes.add(new Write(item.path(kind).path("TableName").asText(), item.path(kind).path("Key")));
                        }
                    }
                }
            }
            default -> {
            }
        }
        return writes;
    }
}
