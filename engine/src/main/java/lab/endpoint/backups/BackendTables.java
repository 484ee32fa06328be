package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.BackendCalls;
import lab.endpoint.ServiceError;
import lab.endpoint.WireAnswer;

/** What the emulations ask of a namespace's tables at the backend, in the wire's JSON, seen by no one. */
final class BackendTables {

    /** The most writes one BatchWriteItem may carry. */
    private static final int BATCH = 25;
    private static final int PATIENCE = 50;

    private final BackendCalls backend;

    BackendTables(BackendCalls backend) {
        this.backend = backend;
    }

    /** The table's description (DescribeTable's {@code Table}), or empty where it does not exist. */
    Optional<ObjectNode> describe(String table) {
        try {
            return Optional.of((ObjectNode) backend.call("DescribeTable", request(table)).get("Table"));
        } catch (ServiceError refused) {
            if (ServiceRefusals.RESOURCE_NOT_FOUND.equals(refused.type())) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** The table's description; {@code TableNotFoundException} where it does not exist. */
    ObjectNode existing(String table) {
        return existing(table, table);
    }

    /** The table's description; {@code TableNotFoundException} naming it as the caller did ({@code namedAs}, its ARN). */
    ObjectNode existing(String table, String namedAs) {
        return describe(table).orElseThrow(() -> ServiceRefusals.tableNotFound(namedAs));
    }

    /** The table's time to live (DescribeTimeToLive's {@code TimeToLiveDescription}); empty where the backend has none. */
    Optional<ObjectNode> timeToLive(String table) {
        try {
            return Optional.ofNullable((ObjectNode) backend.call("DescribeTimeToLive", request(table)).get("TimeToLiveDescription"));
        } catch (ServiceError unknown) {
            return Optional.empty();
        }
    }

    /** Every item of the table, read consistently, page by page. */
    List<ObjectNode> items(String table) {
        List<ObjectNode> items = new ArrayList<>();
        JsonNode start = null;
        do {
            ObjectNode scan = request(table).put("ConsistentRead", true);
            if (start != null) {
                scan.set("ExclusiveStartKey", start);
            }
            ObjectNode page = backend.call("Scan", scan);
            page.path("Items").forEach(item -> items.add((ObjectNode) item));
            start = page.get("LastEvaluatedKey");
        } while (start != null && start.size() > 0);
        return items;
    }

    /** The item with this key as it is now, read consistently; empty where there is none. */
    Optional<ObjectNode> item(String table, ObjectNode key) {
        ObjectNode get = request(table).put("ConsistentRead", true);
        get.set("Key", key);
        JsonNode item = backend.call("GetItem", get).get("Item");
        return item instanceof ObjectNode found && found.size() > 0 ? Optional.of(found) : Optional.empty();
    }

    /** Creates a table; its description as CreateTable answered. */
    ObjectNode create(ObjectNode createTable) {
        return (ObjectNode) backend.call("CreateTable", createTable).get("TableDescription");
    }

    /** Puts the items into the table, 25 a batch, sending again whatever the backend hands back unprocessed. */
    void load(String table, List<ObjectNode> items) {
        for (int from = 0; from < items.size(); from += BATCH) {
            ObjectNode requestItems = WireAnswer.JSON.createObjectNode();
            ArrayNode writes = requestItems.putArray(table);
            items.subList(from, Math.min(items.size(), from + BATCH))
                    .forEach(item -> writes.addObject().putObject("PutRequest").set("Item", item));
            int attempts = 0;
            while (requestItems.size() > 0) {
                if (++attempts > PATIENCE) {
                    throw new ServiceError(500, "InternalServerError", "The backend kept handing back the writes "
                            + "restoring " + table);
                }
                ObjectNode batch = WireAnswer.JSON.createObjectNode();
                batch.set("RequestItems", requestItems);
                JsonNode unprocessed = backend.call("BatchWriteItem", batch).get("UnprocessedItems");
                requestItems = unprocessed instanceof ObjectNode left ? left : WireAnswer.JSON.createObjectNode();
            }
        }
    }

    private static ObjectNode request(String table) {
        return WireAnswer.JSON.createObjectNode().put("TableName", table);
    }
}
