package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import lab.fixtures.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * A provisioned table serves its units per second of the store's clock, keeps what it leaves unused for a burst,
 * throttles the store's traffic once that is spent (reads and writes apart, an index's reads against the index), and
 * the throttling shows in CloudWatch's metrics; on demand, nothing is throttled; the harness is never throttled.
 */
class ProvisionedCapacityTest {

    private FiveBooksNamespace store;
    private LabNamespace namespace;
    private DynamoDbClient harness;
    private DynamoDbClient shop;

    @BeforeEach
    void theBooksTableOnOneReadAndOneWriteUnit() {
        store = new FiveBooksNamespace();
        namespace = store.namespace;
        harness = store.harness;
        harness.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(units -> units.readCapacityUnits(1L).writeCapacityUnits(1L)));
        shop = store.run.shopClient(namespace);
    }

    @AfterEach
    void close() {
        shop.close();
        store.close();
    }

    /**
     * How many of ten consistent reads of one unit each, on one read unit per second, must be refused: all but one
     * second's worth to start with and a unit for each second the store's clock (which runs with this machine's) ran
     * on while they were made, which a loaded machine stretches.
     */
    private int tenReadsMostlyRefused() {
        java.time.Instant started = namespace.clock().now();
        int refused = refusedOf(10);
        Duration took = Duration.between(started, namespace.clock().now());
        assertThat(refused).as("consistent reads of one unit each refused of ten, on a table of one read unit per "
                + "second, in %s ms of the store's clock", took.toMillis())
                .isGreaterThanOrEqualTo(10 - servable(took, 1));
        return refused;
    }

    /** What a capacity of {@code perSecond} requests a second serves in {@code took}: a second's worth, then more. */
    private static int servable(Duration took, int perSecond) {
        return perSecond * (1 + (int) Math.ceil(took.toMillis() / 1000.0));
    }

    private int refusedOf(int reads) {
        int refused = 0;
        for (int i = 0; i < reads; i++) {
            try {
                shop.getItem(get -> get.tableName(Fixtures.BOOKS).key(Items.key("John Grisham", "The Firm"))
                        .consistentRead(true));
            } catch (ProvisionedThroughputExceededException throttled) {
                refused++;
            }
        }
        return refused;
    }

    @Test
    void aBurstBeyondTheUnitsIsThrottledUntilTheClockRefillsThem() {
        tenReadsMostlyRefused();
        assertThat(harness.getItem(get -> get.tableName(Fixtures.BOOKS).key(Items.key("John Grisham", "The Firm"))
                .consistentRead(true)).hasItem()).as("the harness's own read meanwhile").isTrue();
        shop.putItem(put -> put.tableName(Fixtures.BOOKS).item(Items.item(Library.FIVE_BOOKS.get(0))));

        namespace.clock().advance(Duration.ofSeconds(3));
        assertThat(refusedOf(3)).as("three reads, three seconds later").isZero();
        namespace.clock().advance(Duration.ofHours(1));
        assertThat(refusedOf(300)).as("300 reads after an hour unused: five minutes of it were kept for a burst")
                .isLessThanOrEqualTo(1);

        Map<String, Object> throttled = new lab.cloudwatch.CloudWatchApi(namespace.metrics(), namespace.clock().now())
                .answer("ListMetrics", Map.of("MetricName", "ReadThrottleEvents"));
        assertThat(throttled.get("Metrics").toString()).as("the throttling, in CloudWatch's metrics").contains("Books");
    }

    @Test
    void eachThrottledAttemptIsAThrottledRequestOfTheTableAndOperationAndAReadThrottleEvent() {
        java.time.Instant from = namespace.clock().now();
        int refused = tenReadsMostlyRefused();
        java.time.Instant to = namespace.clock().now().plusSeconds(60);
        double requests = sum("ThrottledRequests", from, to, Map.of("TableName", Fixtures.BOOKS, "Operation", "GetItem"));
        double events = sum("ReadThrottleEvents", from, to, Map.of("TableName", Fixtures.BOOKS));
        assertThat(requests).as("ThrottledRequests of Books' GetItem: every attempt refused, retries included, of %s "
                + "calls refused", refused).isGreaterThanOrEqualTo(refused).isEqualTo(events);
        assertThat(sum("ThrottledRequests", from, to, Map.of("TableName", Fixtures.BOOKS))).as("ThrottledRequests of "
                + "the table alone, a metric the service does not publish").isZero();
    }

    @Test
    void anIndexServesItsOwnReadUnitsApartFromTheTables() {
        // The index's units are learned as it is made: what it serves counts from then.
        java.time.Instant started = namespace.clock().now();
        store.fixtures.addCategoryIndex();
        java.time.Instant from = namespace.clock().now();
        String crime = Library.FIVE_BOOKS.get(0).category();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            try {
                shop.query(query -> query.tableName(Fixtures.BOOKS).indexName(Fixtures.CATEGORY_INDEX)
                        .keyConditionExpression("#category = :category")
                        .expressionAttributeNames(Map.of("#category", "Category"))
                        .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(crime))));
            } catch (ProvisionedThroughputExceededException throttled) {
                refused++;
            }
        }
        Duration took = Duration.between(started, namespace.clock().now());
        // An eventually consistent Query of a few books costs half a unit: two a second.
        assertThat(refused).as("queries of CategoryIndex refused of twelve, the index on one read unit, in %s ms of the "
                + "store's clock", took.toMillis()).isGreaterThanOrEqualTo(12 - servable(took, 2));
        assertThat(refusedOf(1)).as("a read of the table itself meanwhile, on its own read unit").isZero();
        theIndexsEventsAlone("ReadThrottleEvents", from, refused);
    }

    /** At least {@code refused} of the metric for CategoryIndex since {@code from}, and none for the table's own part. */
    private void theIndexsEventsAlone(String metric, java.time.Instant from, int refused) {
        java.time.Instant to = namespace.clock().now().plusSeconds(60);
        assertThat(sum(metric, from, to, Map.of("TableName", Fixtures.BOOKS, "GlobalSecondaryIndexName", Fixtures.CATEGORY_INDEX)))
                .as("the index's " + metric + ", of %s attempts refused", refused).isGreaterThanOrEqualTo(refused);
        assertThat(sum(metric, from, to, Map.of("TableName", Fixtures.BOOKS)))
                .as("the table's own " + metric + ": its own units were not spent").isZero();
    }

    @Test
    void aWriteTheIndexCannotTakeIsThrottledAndCountedAsTheIndexsWriteThrottleEvent() {
        store.fixtures.addCategoryIndex();
        // A change of capacity starts a new allowance: what the index serves counts from then.
        java.time.Instant started = namespace.clock().now();
        harness.updateTable(update -> update.tableName(Fixtures.BOOKS)
                .provisionedThroughput(units -> units.readCapacityUnits(1L).writeCapacityUnits(1_000L)));
        store.fixtures.settle(Fixtures.BOOKS, table -> true);
        java.time.Instant from = namespace.clock().now();
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            int copy = i;
            try {
                shop.putItem(put -> put.tableName(Fixtures.BOOKS).item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                        "Title", AttributeValue.fromS("Fox in Socks " + copy), "Category", AttributeValue.fromS("Children"))));
            } catch (ProvisionedThroughputExceededException throttled) {
                refused++;
            }
        }
        Duration took = Duration.between(started, namespace.clock().now());
        assertThat(refused).as("writes refused of ten, each written to CategoryIndex too, the index on one write unit and "
                + "the table on 1,000, in %s ms of the store's clock", took.toMillis())
                .isGreaterThanOrEqualTo(10 - servable(took, 1));
        theIndexsEventsAlone("WriteThrottleEvents", from, refused);
        assertThat(sum("ThrottledRequests", from, namespace.clock().now().plusSeconds(60), Map.of("TableName", Fixtures.BOOKS,
                "Operation", "PutItem"))).as("ThrottledRequests of Books' PutItem").isGreaterThanOrEqualTo(refused);
    }

    /** The Sum of a metric with these dimensions over the window, as CloudWatch answers it (0 for no datapoint). */
    private double sum(String metric, java.time.Instant from, java.time.Instant to, Map<String, String> dimensions) {
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        input.put("Namespace", "AWS/DynamoDB");
        input.put("MetricName", metric);
        input.put("Dimensions", dimensions.entrySet().stream()
                .map(dimension -> Map.<String, Object>of("Name", dimension.getKey(), "Value", dimension.getValue())).toList());
        input.put("StartTime", from);
        input.put("EndTime", to);
        input.put("Period", 3600);
        input.put("Statistics", java.util.List.of("Sum"));
        Map<String, Object> answer = new lab.cloudwatch.CloudWatchApi(namespace.metrics(), namespace.clock().now())
                .answer("GetMetricStatistics", input);
        return ((java.util.List<?>) answer.get("Datapoints")).stream()
                .mapToDouble(point -> ((Number) ((Map<?, ?>) point).get("Sum")).doubleValue()).sum();
    }

    @Test
    void onDemandNothingIsThrottled() {
        harness.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PAY_PER_REQUEST));
        assertThat(refusedOf(20)).isZero();
    }

    @Test
    void writesAreCountedApartFromReads() {
        tenReadsMostlyRefused();
        shop.putItem(put -> put.tableName(Fixtures.BOOKS).item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                "Title", AttributeValue.fromS("Fox in Socks"))));
    }
}
