package bookstore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * What the Books table did, as CloudWatch counts it: the metrics DynamoDB publishes in namespace AWS/DynamoDB.
 * Every window runs from {@code from} (included) to {@code to} (not included), on the store's clock.
 */
public class StoreMetrics {

    private static final String DYNAMODB = "AWS/DynamoDB";
    private static final Dimension BOOKS = dimension("TableName", BooksTable.TABLE_NAME);
    private static final Dimension CATEGORY_INDEX = dimension("GlobalSecondaryIndexName", BooksTable.CATEGORY_INDEX);
    /** DynamoDB's metrics are published per minute: a period is a whole number of minutes. */
    private static final int MINUTE = 60;

    private final CloudWatchClient cloudWatch;

    public StoreMetrics(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /** The read capacity units the Books table itself consumed in the window (its indexes' reads are theirs). */
    public double tableReadUnits(Instant from, Instant to) {
        return sum("ConsumedReadCapacityUnits", from, to, BOOKS);
    }

    /** The read capacity units CategoryIndex consumed in the window. */
    public double indexReadUnits(Instant from, Instant to) {
        return sum("ConsumedReadCapacityUnits", from, to, BOOKS, CATEGORY_INDEX);
    }

    /** The minutes of the window in which a read or a write of the Books table was throttled, earliest first. */
    public List<Instant> throttledMinutes(Instant from, Instant to) {
        SortedSet<Instant> minutes = new TreeSet<>();
        cloudWatch.getMetricDataPaginator(request -> request
                        .startTime(from)
                        .endTime(to)
                        .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                        .metricDataQueries(perMinuteSum("reads", "ReadThrottleEvents"),
                                perMinuteSum("writes", "WriteThrottleEvents")))
                .metricDataResults()
                .forEach(result -> minutesWithEvents(result, minutes));
        return List.copyOf(minutes);
    }

    /** How many requests of the Books table, of every operation, the service failed by its own fault (HTTP 500) in the window. */
    public long systemErrors(Instant from, Instant to) {
        // SystemErrors is published per table and operation: one metric for each operation that failed.
        double errors = 0;
        for (Metric metric : cloudWatch.listMetricsPaginator(list -> list
                        .namespace(DYNAMODB)
                        .metricName("SystemErrors")
                        .dimensions(filter -> filter.name(BOOKS.name()).value(BOOKS.value())))
                .metrics()) {
            errors += sum("SystemErrors", from, to, metric.dimensions().toArray(Dimension[]::new));
        }
        return Math.round(errors);
    }

    /** How many requests the service refused as the caller's mistake (HTTP 400) in the window, in the whole region. */
    public long userErrors(Instant from, Instant to) {
        // UserErrors is the region's: it has no dimensions at all.
        return Math.round(sum("UserErrors", from, to));
    }

    /** The Sum of one metric over the whole window, as one datapoint: the period covers the window. */
    private double sum(String metric, Instant from, Instant to, Dimension... dimensions) {
        long minutes = Math.max(1, (Duration.between(from, to).getSeconds() + MINUTE - 1) / MINUTE);
        return cloudWatch.getMetricStatistics(request -> request
                        .namespace(DYNAMODB)
                        .metricName(metric)
                        .dimensions(dimensions)
                        .startTime(from)
                        .endTime(to)
                        .period((int) minutes * MINUTE)
                        .statistics(Statistic.SUM))
                .datapoints().stream()
                .mapToDouble(Datapoint::sum)
                .sum();
    }

    private static MetricDataQuery perMinuteSum(String id, String metric) {
        return MetricDataQuery.builder()
                .id(id)
                .metricStat(stat -> stat
                        .metric(m -> m.namespace(DYNAMODB).metricName(metric).dimensions(BOOKS))
                        .period(MINUTE)
                        .stat(Statistic.SUM.toString()))
                .build();
    }

    private static void minutesWithEvents(MetricDataResult result, SortedSet<Instant> minutes) {
        for (int i = 0; i < result.timestamps().size(); i++) {
            if (result.values().get(i) > 0) {
                minutes.add(result.timestamps().get(i));
            }
        }
    }

    private static Dimension dimension(String name, String value) {
        return Dimension.builder().name(name).value(value).build();
    }
}
