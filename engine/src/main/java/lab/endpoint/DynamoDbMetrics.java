package lab.endpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import lab.client.Call;
import lab.cloudwatch.Dimension;
import lab.cloudwatch.Metric;
import lab.cloudwatch.MetricStore;

/**
 * The metrics DynamoDB publishes to CloudWatch, published here from what the lab endpoint sees of the learner's calls
 * (the harness's own calls are the lab looking, not the store's traffic): per request, with the service's names,
 * dimensions and units, at the store's time. Capacity is split between a table and its global secondary indexes where
 * the answer says how.
 */
final class DynamoDbMetrics {

    static final String NAMESPACE = "AWS/DynamoDB";
    static final String TABLE = "TableName";
    static final String INDEX = "GlobalSecondaryIndexName";
    static final String OPERATION = "Operation";
    private static final String COUNT = "Count";
    private static final String MILLISECONDS = "Milliseconds";
    /** How often the service publishes a table's or an index's provisioned capacity. */
    static final java.time.Duration PROVISIONED_EVERY = java.time.Duration.ofMinutes(5);

    private DynamoDbMetrics() {
    }

    /**
     * One attempt of a call refused as throttled: one throttled request of its table and operation, and a throttle
     * event of each part whose capacity was spent ({@code spent}; none named, as for an injected fault: the part the
     * request reads or writes, an index it names or the table).
     */
    static void throttled(MetricStore store, Instant at, String operation, JsonNode request, List<ThrottledPart> spent) {
        String table = CallFacts.table(operation, request);
        if (table == null) {
            return;
        }
        put(store, at, "ThrottledRequests", 1, COUNT, table, null, operation);
        String events = CallFacts.access(operation) == Call.Access.WRITE ? "WriteThrottleEvents" : "ReadThrottleEvents";
        List<ThrottledPart> parts = spent.isEmpty()
                ? List.of(new ThrottledPart(table, request.hasNonNull("IndexName") ? request.get("IndexName").asText() : null))
                : spent;
        for (ThrottledPart part : parts) {
            put(store, at, events, 1, COUNT, part.table(), part.index(), null);
        }
    }

    /**
     * A call's outcome: its latency and returned items if it succeeded, the capacity its answer {@code body} reports
     * (null for a refusal), or the kind of error it met.
     */
    static void answered(MetricStore store, Instant at, Call call, JsonNode request, JsonNode body, long millis) {
        String table = call.table();
        String operation = call.operation();
        if (!call.succeeded()) {
            switch (call.failure()) {
                case "ConditionalCheckFailedException" -> {
                    if (table != null) {
                        put(store, at, "ConditionalCheckFailedRequests", 1, COUNT, table, null, null);
                    }
                }
                case "ProvisionedThroughputExceededException", "ThrottlingException" -> {
                }
                default -> {
                    if (call.failure().startsWith("HTTP 5") || call.failure().equals("InternalServerError")) {
                        if (table != null) {
                            put(store, at, "SystemErrors", 1, COUNT, table, null, operation);
                        }
                    } else {
                        store.put(new Metric(NAMESPACE, "UserErrors", List.of()), at, 1, COUNT);
                    }
                }
            }
            return;
        }
        if (table == null) {
            return;
        }
        put(store, at, "SuccessfulRequestLatency", millis, MILLISECONDS, table, null, operation);
        if (operation.equals("Query") || operation.equals("Scan")) {
            put(store, at, "ReturnedItemCount", call.itemsReturned(), COUNT, table, null, operation);
        }
        if (body == null) {
            return;
        }
        String consumed = call.access() == Call.Access.WRITE ? "ConsumedWriteCapacityUnits"
                : call.access() == Call.Access.OTHER ? null : "ConsumedReadCapacityUnits";
        if (consumed == null) {
            return;
        }
        for (JsonNode capacity : CapacityOnBehalf.reported(body)) {
            String named = capacity.path("TableName").asText(table);
            for (Map.Entry<String, Double> part : CapacityOnBehalf.byPart(capacity, call.index()).entrySet()) {
                put(store, at, consumed, part.getValue(), COUNT, named, part.getKey(), null);
            }
        }
    }

    /**
     * A table's provisioned capacity as it is from {@code at}: units per second of each part (null: the table itself;
     * else an index's name), reads and writes; a part absent from both is no longer provisioned (on demand, deleted).
     * DynamoDB publishes Provisioned*CapacityUnits every five minutes, the table's under its name alone, an index's
     * under the table's and the index's.
     */
    static void provisioned(MetricStore store, Instant at, String table, Map<String, Double> readsByPart,
                            Map<String, Double> writesByPart) {
        // Copied into maps that take the table's own part, the null key, for an answer.
        Map<String, Double> reads = new java.util.HashMap<>(readsByPart);
        Map<String, Double> writes = new java.util.HashMap<>(writesByPart);
        java.util.Set<String> parts = new java.util.HashSet<>(reads.keySet());
        parts.addAll(writes.keySet());
        for (Metric known : store.settingsWith(new Dimension(TABLE, table))) {
            parts.add(known.dimensions().stream().filter(dimension -> dimension.name().equals(INDEX))
                    .map(Dimension::value).findFirst().orElse(null));
        }
        for (String part : parts) {
            List<Dimension> dimensions = new ArrayList<>(List.of(new Dimension(TABLE, table)));
            if (part != null) {
                dimensions.add(new Dimension(INDEX, part));
            }
            store.setting(new Metric(NAMESPACE, "ProvisionedReadCapacityUnits", dimensions), at, reads.get(part), COUNT,
                    PROVISIONED_EVERY);
            store.setting(new Metric(NAMESPACE, "ProvisionedWriteCapacityUnits", dimensions), at, writes.get(part), COUNT,
                    PROVISIONED_EVERY);
        }
    }

    private static void put(MetricStore store, Instant at, String name, double value, String unit, String table,
                            String index, String operation) {
        if (value == 0 && unit.equals(COUNT)) {
            return; // DynamoDB sends a metric only when its value is not zero
        }
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(new Dimension(TABLE, table));
        if (index != null) {
            dimensions.add(new Dimension(INDEX, index));
        }
        if (operation != null) {
            dimensions.add(new Dimension(OPERATION, operation));
        }
        store.put(new Metric(NAMESPACE, name, dimensions), at, value, unit);
    }
}
