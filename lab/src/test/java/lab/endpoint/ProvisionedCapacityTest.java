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
        assertThat(refusedOf(10)).as("consistent reads of one unit each, on a table of one read unit per second")
                .isGreaterThanOrEqualTo(8);
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
    void onDemandNothingIsThrottled() {
        harness.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PAY_PER_REQUEST));
        assertThat(refusedOf(20)).isZero();
    }

    @Test
    void writesAreCountedApartFromReads() {
        assertThat(refusedOf(10)).isGreaterThanOrEqualTo(8);
        shop.putItem(put -> put.tableName(Fixtures.BOOKS).item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                "Title", AttributeValue.fromS("Fox in Socks"))));
    }
}
