package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.WireAnswer;

/**
 * A table as it was at one moment: its description (DescribeTable's {@code Table}: keys, indexes, capacity) and its
 * items, in the wire's JSON. What a backup keeps, and what a point-in-time restore rebuilds.
 *
 * @param table      the table's description
 * @param items      its items
 * @param timeToLive its time to live (DescribeTimeToLive's {@code TimeToLiveDescription}), where a backup keeps it; or null
 */
record TableImage(ObjectNode table, List<ObjectNode> items, ObjectNode timeToLive) {

    TableImage {
        items = List.copyOf(items);
    }

    TableImage(ObjectNode table, List<ObjectNode> items) {
        this(table, items, null);
    }

    String name() {
        return table.path("TableName").asText();
    }

    String arn() {
        return table.path("TableArn").asText();
    }

    /** The names of the table's key attributes, partition key first. */
    static List<String> keyNames(JsonNode table) {
        List<String> names = new ArrayList<>();
        table.path("KeySchema").forEach(element -> names.add(element.path("AttributeName").asText()));
        return names;
    }

    /** The item's key: its key attributes alone, in key-schema order. */
    static ObjectNode keyOf(List<String> keyNames, JsonNode item) {
        ObjectNode key = WireAnswer.JSON.createObjectNode();
        keyNames.forEach(name -> key.set(name, item.get(name)));
        return key;
    }

    /** The items' size as the service counts it, roughly: attribute names and values in bytes. */
    long sizeBytes() {
        return items.stream().mapToLong(ItemSize::bytes).sum();
    }
}
