package lab.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Items grouped the way DynamoDB stores them: by partition key value, each partition sorted by its sort key.
 * Works for the table and for any of its indexes (whose items lacking the index key are not in it).
 */
public final class Partitions {

    private Partitions() {
    }

    /** One partition: its key value and its items in sort-key order. */
    public record Partition(String key, List<ObjectNode> items) {
    }

    public static List<Partition> of(List<ObjectNode> items, String partitionKey, String sortKey) {
        Map<String, List<ObjectNode>> partitions = new TreeMap<>();
        for (ObjectNode item : items) {
            JsonNode key = item.get(partitionKey);
            if (key != null) {
                partitions.computeIfAbsent(DynamoJson.text(key), value -> new ArrayList<>()).add(item);
            }
        }
        List<Partition> grouped = new ArrayList<>();
        partitions.forEach((key, members) -> grouped.add(new Partition(key,
                sortKey == null ? members : members.stream().sorted(bySortKey(sortKey)).toList())));
        return grouped;
    }

    /** How many of the items an index keyed by this attribute leaves out (a sparse index). */
    public static long outside(List<ObjectNode> items, String partitionKey) {
        return items.stream().filter(item -> !item.has(partitionKey)).count();
    }

    private static Comparator<ObjectNode> bySortKey(String sortKey) {
        return (left, right) -> {
            JsonNode a = left.get(sortKey);
            JsonNode b = right.get(sortKey);
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            if (a.has("N") && b.has("N")) {
                return new BigDecimal(a.get("N").asText()).compareTo(new BigDecimal(b.get("N").asText()));
            }
            return DynamoJson.text(a).compareTo(DynamoJson.text(b));
        };
    }
}
