package lab.endpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.client.Call;
import lab.cloudwatch.MetricStore;

/**
 * Capacity that behaves like capacity, where DynamoDB Local never throttles: a provisioned table, and each of its
 * global secondary indexes, serves its read and write units per second of the store's clock, keeps up to
 * {@link #BURST} of what it left unused, and throttles the store's traffic (the learner's requests, the shop's) once
 * that is spent, as the service does: a read of an index against the index, a write against the table and every
 * index it writes to. What each request costs is what the store reports it consumed. On-demand tables are never
 * throttled at this lab's scale. The harness's own requests are the lab looking: never throttled, never counted.
 */
final class ProvisionedCapacity implements Emulation {

    /** The unused capacity the service keeps for bursts: up to five minutes of it. */
    static final Duration BURST = Duration.ofMinutes(5);
    private static final Set<String> CHANGES = Set.of("CreateTable", "UpdateTable", "DeleteTable",
            "RestoreTableFromBackup", "RestoreTableToPointInTime");

    /** One part's capacity of one kind: units per second, and what is left to spend. */
    static final class Bucket {

        private final double perSecond;
        private double left;
        private Instant at;

        /** A bucket of a capacity just learned: one second's worth to spend, none saved yet. */
        Bucket(double perSecond, Instant now) {
            this.perSecond = perSecond;
            this.left = perSecond;
            this.at = now;
        }

        double perSecond() {
            return perSecond;
        }

        synchronized boolean spent(Instant now) {
            refill(now);
            return left <= 0;
        }

        synchronized void spend(double units, Instant now) {
            refill(now);
            left -= units;
        }

        private void refill(Instant now) {
            if (now.isAfter(at)) {
                double seconds = Duration.between(at, now).toNanos() / 1e9;
                left = Math.min(left + seconds * perSecond, perSecond * BURST.toSeconds());
                at = now;
            }
        }
    }

    /** A table's capacity: on demand (no buckets), or a read and a write bucket per part (null key: the table). */
    record Capacity(Map<String, Bucket> reads, Map<String, Bucket> writes) {

        static final Capacity ON_DEMAND = new Capacity(java.util.Collections.emptyMap(), java.util.Collections.emptyMap());
    }

    /**
     * One namespace's tables' capacities, learned from the backend when first needed, forgotten when changed; each one
     * learned is published as the service publishes it, as the table's and each index's Provisioned*CapacityUnits.
     */
    static final class Capacities {

        private final Map<String, Capacity> tables = new ConcurrentHashMap<>();
        private final MetricStore metrics;

        Capacities(MetricStore metrics) {
            this.metrics = metrics;
        }

        Capacity of(LabNamespace namespace, String table, Instant now) {
            return tables.computeIfAbsent(table, name -> published(name, learn(namespace, name, now), now));
        }

        void learned(String table, JsonNode described, Instant now) {
            tables.put(table, published(table, ProvisionedCapacity.of(described, now), now));
        }

        void learnedIfNew(String table, JsonNode described, Instant now) {
            tables.computeIfAbsent(table, name -> published(name, ProvisionedCapacity.of(described, now), now));
        }

        void forget(String table, Instant now) {
            if (table != null) {
                tables.remove(table);
                DynamoDbMetrics.provisioned(metrics, now, table, Map.of(), Map.of());
            }
        }

        private Capacity published(String table, Capacity capacity, Instant now) {
            DynamoDbMetrics.provisioned(metrics, now, table, perSecond(capacity.reads()), perSecond(capacity.writes()));
            return capacity;
        }

        private static Map<String, Double> perSecond(Map<String, Bucket> buckets) {
            Map<String, Double> units = new HashMap<>();
            buckets.forEach((part, bucket) -> units.put(part, bucket.perSecond()));
            return units;
        }
    }

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        return Optional.empty();
    }

    @Override
    public List<ThrottledPart> throttles(LabNamespace namespace, WireRequest request) {
        Call.Access access = CallFacts.access(request.operation());
        if (!request.storeTraffic() || access == Call.Access.OTHER) {
            return List.of();
        }
        Instant now = namespace.clock().now();
        List<ThrottledPart> spent = new ArrayList<>();
        for (String table : ItemRequests.tables(request.operation(), request.body())) {
            Capacity capacity = capacities(namespace).of(namespace, table, now);
            if (access == Call.Access.WRITE) {
                capacity.writes().forEach((part, bucket) -> {
                    if (bucket.spent(now)) {
                        spent.add(new ThrottledPart(table, part));
                    }
                });
            } else {
                String index = request.text("IndexName");
                Bucket reads = capacity.reads().get(index);
                if (reads != null && reads.spent(now)) {
                    spent.add(new ThrottledPart(table, index));
                }
            }
        }
        return spent;
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        if (!answer.succeeded()) {
            return answer;
        }
        if (CHANGES.contains(request.operation()) || request.operation().equals("DescribeTable")) {
            // Every table's capacity is learned from the answers that describe it, whoever asked; a change forgets
            // what was spent, as the service starts a new allowance.
            Capacities capacities = capacities(namespace);
            String table = request.text(request.operation().startsWith("Restore") ? "TargetTableName" : "TableName");
            if (request.operation().equals("DeleteTable") || table == null) {
                capacities.forget(table, namespace.clock().now());
            } else if (request.operation().equals("DescribeTable")) {
                capacities.learnedIfNew(table, answer.json().path("Table"), namespace.clock().now());
            } else {
                capacities.learned(table, answer.json().path("TableDescription"), namespace.clock().now());
            }
            return answer;
        }
        Call.Access access = CallFacts.access(request.operation());
        if (!request.storeTraffic() || access == Call.Access.OTHER) {
            return answer;
        }
        Instant now = namespace.clock().now();
        boolean provisioned = ItemRequests.tables(request.operation(), request.body()).stream()
                .anyMatch(table -> capacities(namespace).of(namespace, table, now) != Capacity.ON_DEMAND);
        if (!provisioned) {
            return answer;
        }
        for (JsonNode consumed : CapacityOnBehalf.reported(answer.json())) {
            String table = consumed.path("TableName").asText(null);
            if (table == null) {
                continue;
            }
            Capacity capacity = capacities(namespace).of(namespace, table, now);
            Map<String, Bucket> buckets = access == Call.Access.WRITE ? capacity.writes() : capacity.reads();
            for (Map.Entry<String, Double> part : CapacityOnBehalf.byPart(consumed, request.text("IndexName")).entrySet()) {
                Bucket bucket = buckets.get(part.getKey());
                if (bucket != null) {
                    bucket.spend(part.getValue(), now);
                }
            }
        }
        return answer;
    }

    private static Capacities capacities(LabNamespace namespace) {
        return namespace.kept(Capacities.class, () -> new Capacities(namespace.metrics()));
    }

    /** The table's capacity as the backend describes it; on demand for a table it does not know. */
    private static Capacity learn(LabNamespace namespace, String table, Instant now) {
        try {
            ObjectNode body = WireAnswer.JSON.createObjectNode().put("TableName", table);
            return of(namespace.backendCalls().call("DescribeTable", body).path("Table"), now);
        } catch (ServiceError unknown) {
            return Capacity.ON_DEMAND;
        }
    }

    /** A capacity as a table's description (DescribeTable's Table, the others' TableDescription) gives it. */
    static Capacity of(JsonNode table, Instant now) {
        if ("PAY_PER_REQUEST".equals(table.path("BillingModeSummary").path("BillingMode").asText())) {
            return Capacity.ON_DEMAND;
        }
        Map<String, Bucket> reads = new HashMap<>();
        Map<String, Bucket> writes = new HashMap<>();
        add(reads, writes, null, table.path("ProvisionedThroughput"), now);
        for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
            add(reads, writes, index.path("IndexName").asText(), index.path("ProvisionedThroughput"), now);
        }
        return reads.isEmpty() && writes.isEmpty() ? Capacity.ON_DEMAND : new Capacity(reads, writes);
    }

    private static void add(Map<String, Bucket> reads, Map<String, Bucket> writes, String part, JsonNode throughput,
                            Instant now) {
        long read = throughput.path("ReadCapacityUnits").asLong(0);
        long write = throughput.path("WriteCapacityUnits").asLong(0);
        if (read > 0) {
            reads.put(part, new Bucket(read, now));
        }
        if (write > 0) {
            writes.put(part, new Bucket(write, now));
        }
    }
}
