package bookstore;

import java.time.Instant;
import java.util.List;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * What the Books table did, as CloudWatch counts it: the metrics DynamoDB publishes in namespace AWS/DynamoDB.
 * Every window runs from {@code from} (included) to {@code to} (not included), on the store's clock.
 */
public class StoreMetrics {

    private final CloudWatchClient cloudWatch;

    public StoreMetrics(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /** The read capacity units the Books table itself consumed in the window (its indexes' reads are theirs). */
    public double tableReadUnits(Instant from, Instant to) {
        // TODO: DynamoDB publishes ConsumedReadCapacityUnits per table, told apart by a dimension; add up every
        //       request's units over the window, in as few datapoints as a period allows.
        throw new UnsupportedOperationException("StoreMetrics.tableReadUnits — exercise 10, features/10_read_the_stores_metrics.feature");
    }

    /** The read capacity units CategoryIndex consumed in the window. */
    public double indexReadUnits(Instant from, Instant to) {
        // TODO: An index has metrics of its own, named by the table and the index together.
        throw new UnsupportedOperationException("StoreMetrics.indexReadUnits — exercise 10, features/10_read_the_stores_metrics.feature");
    }

    /** The minutes of the window in which a read or a write of the Books table was throttled, earliest first. */
    public List<Instant> throttledMinutes(Instant from, Instant to) {
        // TODO: Reads and writes are throttled apart, each counted by a metric of its own, per minute; a minute
        //       with no throttling has no datapoint. Several metrics in one request, a page at a time, is GetMetricData.
        throw new UnsupportedOperationException("StoreMetrics.throttledMinutes — exercise 10, features/10_read_the_stores_metrics.feature");
    }

    /** How many requests of the Books table, of every operation, the service failed by its own fault (HTTP 500) in the window. */
    public long systemErrors(Instant from, Instant to) {
        // TODO: The service's own failures are counted per table and per operation together: each operation that
        //       failed is a metric of its own, and CloudWatch can list which there are.
        throw new UnsupportedOperationException("StoreMetrics.systemErrors — exercise 10, features/10_read_the_stores_metrics.feature");
    }

    /** How many requests the service refused as the caller's mistake (HTTP 400) in the window, in the whole region. */
    public long userErrors(Instant from, Instant to) {
        // TODO: The caller's mistakes are counted for the region as a whole: that metric names no table.
        throw new UnsupportedOperationException("StoreMetrics.userErrors — exercise 10, features/10_read_the_stores_metrics.feature");
    }
}
