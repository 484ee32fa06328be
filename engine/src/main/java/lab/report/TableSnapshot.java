package lab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A table as a scenario left it: its keys, its indexes and (the first page of) its items, in DynamoDB's JSON.
 *
 * @param name           the table's name
 * @param partitionKey   the name of its partition key attribute
 * @param sortKey        the name of its sort key attribute, or null
 * @param attributeTypes the types of the attributes its key schemas declare (S, N or B)
 * @param billingMode    PAY_PER_REQUEST or PROVISIONED
 * @param readUnits      the provisioned read capacity units (0 on demand)
 * @param writeUnits     the provisioned write capacity units (0 on demand)
 * @param indexes        its global secondary indexes
 * @param items          its items, at most {@link #ITEM_LIMIT}, each in DynamoDB's JSON ({"Author": {"S": "…"}})
 * @param complete       whether {@code items} is every item of the table
 * @param error          why the table could not be read, or null
 */
public record TableSnapshot(String name, String partitionKey, String sortKey, Map<String, String> attributeTypes,
                            String billingMode, long readUnits, long writeUnits, List<IndexSnapshot> indexes, List<ObjectNode> items, boolean complete,
                            String error) {

    /** The most items one snapshot holds: one Scan request, so that pictures stay cheap. */
    public static final int ITEM_LIMIT = 25;

    /**
     * A global secondary index.
     *
     * @param projection       ALL, KEYS_ONLY or INCLUDE
     * @param nonKeyAttributes what an INCLUDE projection carries besides the keys
     */
    public record IndexSnapshot(String name, String partitionKey, String sortKey, String projection,
                                List<String> nonKeyAttributes) {
    }

    /**
     * Reads one table with the harness's own client: one DescribeTable, one Scan of at most {@link #ITEM_LIMIT} items;
     * null where the table is gone.
     */
    public static TableSnapshot read(DynamoDbClient client, String table) {
        TableDescription described;
        try {
            described = client.describeTable(describe -> describe.tableName(table)).table();
        } catch (ResourceNotFoundException gone) {
            return null;
        } catch (SdkException unreadable) {
            return unreadable(table, unreadable);
        }
        Map<String, String> types = new LinkedHashMap<>();
        described.attributeDefinitions().forEach(definition ->
                types.put(definition.attributeName(), definition.attributeTypeAsString()));
        List<IndexSnapshot> indexes = described.globalSecondaryIndexes().stream()
                .map(index -> new IndexSnapshot(index.indexName(), key(index.keySchema(), KeyType.HASH),
                        key(index.keySchema(), KeyType.RANGE), index.projection().projectionTypeAsString(),
                        index.projection().nonKeyAttributes()))
                .toList();
        String billing = described.billingModeSummary() == null ? "PROVISIONED"
                : described.billingModeSummary().billingModeAsString();
        long readUnits = described.provisionedThroughput() == null ? 0
                : java.util.Objects.requireNonNullElse(described.provisionedThroughput().readCapacityUnits(), 0L);
        long writeUnits = described.provisionedThroughput() == null ? 0
                : java.util.Objects.requireNonNullElse(described.provisionedThroughput().writeCapacityUnits(), 0L);
        String partitionKey = key(described.keySchema(), KeyType.HASH);
        String sortKey = key(described.keySchema(), KeyType.RANGE);
        try {
            ScanResponse scan = client.scan(request -> request.tableName(table).limit(ITEM_LIMIT)
                    .consistentRead(true));
            List<ObjectNode> items = new ArrayList<>();
            scan.items().forEach(item -> items.add(DynamoJson.item(item)));
            return new TableSnapshot(table, partitionKey, sortKey, types, billing, readUnits, writeUnits, indexes, items,
                    !scan.hasLastEvaluatedKey() || scan.lastEvaluatedKey().isEmpty(), null);
        } catch (SdkException unreadable) {
            return new TableSnapshot(table, partitionKey, sortKey, types, billing, readUnits, writeUnits, indexes, List.of(),
                    false,
                    "its items could not be read: " + unreadable.getMessage());
        }
    }

    private static TableSnapshot unreadable(String table, SdkException why) {
        return new TableSnapshot(table, null, null, Map.of(), null, 0, 0, List.of(), List.of(), false,
                "it could not be described: " + why.getMessage());
    }

    private static String key(List<KeySchemaElement> schema, KeyType type) {
        return schema.stream().filter(element -> element.keyType() == type).map(KeySchemaElement::attributeName)
                .findFirst().orElse(null);
    }

    /** The attribute names of the items, keys first, then the others in the order they first appear. */
    public List<String> attributeNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        if (partitionKey != null) {
            names.add(partitionKey);
        }
        if (sortKey != null) {
            names.add(sortKey);
        }
        items.forEach(item -> item.fieldNames().forEachRemaining(names::add));
        return List.copyOf(names);
    }
}
