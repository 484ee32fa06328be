package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import lab.run.LabRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The SDK's own CloudWatch client reads, from the lab endpoint, the metrics DynamoDB publishes for the learner's
 * calls: consumed capacity per table and per index, returned items and latency per operation, the caller's errors;
 * with CloudWatch's statistics, periods, order and paging, and its refusals. The harness's own calls publish nothing,
 * and each scenario's store has metrics of its own.
 */
class CloudWatchMetricsTest {

    private static final String DYNAMODB = "AWS/DynamoDB";

    private final LabRun run = LabRun.current();
    private FiveBooksNamespace store;
    private LabNamespace namespace;
    private DynamoDbClient learner;
    private CloudWatchClient cloudWatch;
    private final UrlConnectionHttpClient http = (UrlConnectionHttpClient) UrlConnectionHttpClient.create();

    @BeforeEach
    void theBooksTableTheHarnessMade() {
        store = new FiveBooksNamespace();
        namespace = store.namespace;
        store.fixtures.addCategoryIndex();
        learner = run.learnerClient(namespace);
        cloudWatch = cloudWatchFor(namespace);
    }

    @AfterEach
    void close() {
        cloudWatch.close();
        learner.close();
        http.close();
        store.close();
    }

    @Test
    void theHarnessesOwnCallsPublishNothing() {
        assertThat(cloudWatch.listMetrics(list -> list.namespace(DYNAMODB)).metrics())
                .as("metrics published by a store only the harness has used").isEmpty();
    }

    /**
     * A provisioned table's capacity, and each index's, is published every five minutes while it holds, and at each
     * change, whoever made it (a table's setting is not traffic): the minimum and maximum of a period show a change
     * within it, and going on demand ends the metric.
     */
    @Test
    void aProvisionedTablesCapacityIsPublishedEveryFiveMinutesAndAtEachChange() {
        Instant nine = Instant.parse("2025-03-14T09:00:00Z");
        namespace.clock().set(nine.plusSeconds(30));
        store.fixtures.provision(5, 3);
        namespace.clock().set(nine.plus(Duration.ofMinutes(12)));
        store.fixtures.provision(10, 3);
        namespace.clock().set(nine.plus(Duration.ofMinutes(21)));
        store.fixtures.billOnDemand();
        namespace.clock().set(nine.plus(Duration.ofMinutes(40)));

        assertThat(cloudWatch.listMetrics(list -> list.namespace(DYNAMODB).metricName("ProvisionedReadCapacityUnits"))
                .metrics()).extracting(metric -> metric.dimensions().toString())
                .as("ProvisionedReadCapacityUnits' metrics: the table's, and its index's")
                .containsExactlyInAnyOrder("[Dimension(Name=TableName, Value=Books)]",
                        "[Dimension(Name=GlobalSecondaryIndexName, Value=CategoryIndex), Dimension(Name=TableName, Value=Books)]");
        List<Datapoint> reads = cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ProvisionedReadCapacityUnits").dimensions(d -> d.name("TableName").value("Books"))
                .startTime(nine).endTime(nine.plus(Duration.ofMinutes(40))).period(300)
                .statistics(Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SAMPLE_COUNT)).datapoints();
        assertThat(reads).extracting(point -> point.timestamp() + " " + point.minimum() + "-" + point.maximum()
                        + " x" + point.sampleCount())
                .as("the Books table's provisioned reads per five minutes: 5 from 09:00:30, 10 from 09:12, on demand"
                        + " from 09:21 (GetMetricStatistics keeps no order)")
                .containsExactlyInAnyOrder("2025-03-14T09:00:00Z 5.0-5.0 x1.0", "2025-03-14T09:05:00Z 5.0-5.0 x1.0",
                        "2025-03-14T09:10:00Z 5.0-10.0 x2.0", "2025-03-14T09:15:00Z 10.0-10.0 x1.0",
                        "2025-03-14T09:20:00Z 10.0-10.0 x1.0");
        assertThat(cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ProvisionedWriteCapacityUnits").dimensions(d -> d.name("TableName").value("Books"),
                        d -> d.name("GlobalSecondaryIndexName").value("CategoryIndex"))
                .startTime(nine).endTime(nine.plus(Duration.ofMinutes(40))).period(2400)
                .statistics(Statistic.AVERAGE)).datapoints())
                .extracting(Datapoint::average).as("CategoryIndex's provisioned writes over the 40 minutes")
                .containsExactly(3.0);

        store.fixtures.provision(4, 4);
        learner.deleteTable(delete -> delete.tableName("Books"));
        namespace.clock().set(nine.plus(Duration.ofMinutes(60)));
        assertThat(cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ProvisionedReadCapacityUnits").dimensions(d -> d.name("TableName").value("Books"))
                .startTime(nine.plus(Duration.ofMinutes(45))).endTime(nine.plus(Duration.ofMinutes(60))).period(900)
                .statistics(Statistic.MAXIMUM)).datapoints())
                .as("the provisioned reads of a table deleted at 09:40, from 09:45").isEmpty();
    }

    @Test
    void consumedCapacityIsPublishedPerTableAndPerIndexAndSummedOverAPeriod() {
        learner.query(query -> query.tableName("Books").indexName("CategoryIndex")
                .keyConditionExpression("#c = :c").expressionAttributeNames(Map.of("#c", "Category"))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Suspense"))));
        learner.getItem(get -> get.tableName("Books").key(Map.of("Author", AttributeValue.fromS("John Grisham"),
                "Title", AttributeValue.fromS("The Firm"))));
        learner.scan(scan -> scan.tableName("Books").consistentRead(true));

        List<Metric> listed = cloudWatch.listMetrics(list -> list.namespace(DYNAMODB)
                .metricName("ConsumedReadCapacityUnits")).metrics();
        assertThat(listed).extracting(metric -> metric.dimensions().toString())
                .as("ConsumedReadCapacityUnits' metrics: one per table, one per index")
                .containsExactlyInAnyOrder("[Dimension(Name=TableName, Value=Books)]",
                        "[Dimension(Name=GlobalSecondaryIndexName, Value=CategoryIndex), Dimension(Name=TableName, Value=Books)]");

        Instant now = namespace.clock().now();
        List<Datapoint> table = cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ConsumedReadCapacityUnits").dimensions(d -> d.name("TableName").value("Books"))
                .startTime(now.minus(Duration.ofMinutes(30))).endTime(now.plus(Duration.ofMinutes(1))).period(3600)
                .statistics(Statistic.SUM, Statistic.SAMPLE_COUNT, Statistic.MAXIMUM)).datapoints();
        assertThat(table).as("the Books table's reads, in periods of an hour from half an hour ago").hasSize(1);
        assertThat(table.get(0).sampleCount()).as("requests that read the table itself").isEqualTo(2.0);
        // GetItem of a small book: 0.5 (eventually consistent); a consistent Scan of five small books: 1.
        assertThat(table.get(0).sum()).as("read capacity the table's requests consumed").isCloseTo(1.5, within(0.001));
        assertThat(table.get(0).maximum()).as("the most one request consumed").isCloseTo(1.0, within(0.001));
        assertThat(table.get(0).unit()).isEqualTo(StandardUnit.COUNT);
        assertThat(table.get(0).timestamp()).as("the period's start, on a whole minute")
                .isEqualTo(now.minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES));

        List<Datapoint> index = cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ConsumedReadCapacityUnits").dimensions(d -> d.name("TableName").value("Books"),
                        d -> d.name("GlobalSecondaryIndexName").value("CategoryIndex"))
                .startTime(now.minus(Duration.ofHours(1))).endTime(now.plus(Duration.ofMinutes(1))).period(60)
                .statistics(Statistic.SUM)).datapoints();
        assertThat(index).as("the index's reads, in periods of a minute").hasSize(1);
        assertThat(index.get(0).sum()).as("what the query of CategoryIndex consumed").isCloseTo(0.5, within(0.001));
    }

    @Test
    void aWriteConsumesCapacityOnTheTableAndOnTheIndexItWritesTo() {
        learner.putItem(put -> put.tableName("Books").item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                "Title", AttributeValue.fromS("The Cat in the Hat"), "Category", AttributeValue.fromS("Children"))));
        learner.putItem(put -> put.tableName("Books").item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                "Title", AttributeValue.fromS("Fox in Socks"))));
        Instant now = namespace.clock().now();
        assertThat(sum("ConsumedWriteCapacityUnits", now, "TableName", "Books"))
                .as("write capacity the two puts consumed on the table").isEqualTo(2.0);
        assertThat(sum("ConsumedWriteCapacityUnits", now, "TableName", "Books", "GlobalSecondaryIndexName", "CategoryIndex"))
                .as("write capacity consumed on CategoryIndex: only the book with a Category is in it").isEqualTo(1.0);
    }

    @Test
    void returnedItemsAndLatencyArePublishedPerOperationAndTheCallersErrorsApart() {
        learner.query(query -> query.tableName("Books").keyConditionExpression("Author = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("John Grisham"))));
        learner.scan(scan -> scan.tableName("Books"));
        assertThatThrownBy(() -> learner.putItem(put -> put.tableName("Books").item(Map.of(
                "Author", AttributeValue.fromS("John Grisham"), "Title", AttributeValue.fromS("The Firm")))
                .conditionExpression("attribute_not_exists(Author)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThatThrownBy(() -> learner.getItem(get -> get.tableName("Books")
                .key(Map.of("Author", AttributeValue.fromS("John Grisham")))))
                .as("a GetItem without the sort key").hasMessageContaining("key");

        Instant now = namespace.clock().now();
        assertThat(sum("ReturnedItemCount", now, "TableName", "Books", "Operation", "Query"))
                .as("books the Query returned").isEqualTo(2.0);
        assertThat(sum("ReturnedItemCount", now, "TableName", "Books", "Operation", "Scan"))
                .as("books the Scan returned").isEqualTo(5.0);
        assertThat(sum("ConditionalCheckFailedRequests", now, "TableName", "Books"))
                .as("writes whose condition failed").isEqualTo(1.0);
        assertThat(sum("UserErrors", now)).as("the caller's errors (a condition that failed is not one)").isEqualTo(1.0);
        List<Datapoint> latency = cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("SuccessfulRequestLatency")
                .dimensions(d -> d.name("TableName").value("Books"), d -> d.name("Operation").value("Scan"))
                .startTime(now.minus(Duration.ofMinutes(10))).endTime(now.plus(Duration.ofMinutes(1))).period(660)
                .statistics(Statistic.SAMPLE_COUNT, Statistic.AVERAGE)).datapoints();
        assertThat(latency).hasSize(1);
        assertThat(latency.get(0).sampleCount()).as("successful Scans").isEqualTo(1.0);
        assertThat(latency.get(0).unit()).isEqualTo(StandardUnit.MILLISECONDS);
    }

    @Test
    void anAttemptTheServiceFailsIsASystemErrorOfItsTableAndOperationAndNeverReachesTheStore() {
        namespace.faults().failWrites(2);
        learner.putItem(put -> put.tableName("Books").item(Map.of("Author", AttributeValue.fromS("Dr. Seuss"),
                "Title", AttributeValue.fromS("Fox in Socks"))));
        assertThat(namespace.calls().calls()).as("the attempts the SDK made").extracting(call -> call.failure())
                .containsExactly("InternalServerError", "InternalServerError", null);
        Instant now = namespace.clock().now();
        assertThat(sum("SystemErrors", now, "TableName", "Books", "Operation", "PutItem"))
                .as("the attempts the service failed by its own fault").isEqualTo(2.0);
        assertThat(sum("UserErrors", now)).as("the caller's errors").isZero();
        assertThat(sum("ConsumedWriteCapacityUnits", now, "TableName", "Books")).as("what the one put that reached "
                + "the store consumed").isEqualTo(1.0);
        assertThat(store.fixtures.books()).as("the books, the put written once").hasSize(6);
    }

    @Test
    void getMetricDataAnswersNewestFirstAndInPagesOfMaxDatapoints() {
        for (int minute = 0; minute < 3; minute++) {
            learner.scan(scan -> scan.tableName("Books"));
            namespace.clock().advance(Duration.ofMinutes(1));
        }
        Instant now = namespace.clock().now();
        Metric scans = Metric.builder().namespace(DYNAMODB).metricName("ReturnedItemCount")
                .dimensions(d -> d.name("TableName").value("Books"), d -> d.name("Operation").value("Scan")).build();
        GetMetricDataResponse first = cloudWatch.getMetricData(get -> get.startTime(now.minus(Duration.ofMinutes(10)))
                .endTime(now).maxDatapoints(2).metricDataQueries(query -> query.id("scanned")
                        .metricStat(stat -> stat.metric(scans).period(60).stat("Sum"))));
        MetricDataResult page = first.metricDataResults().get(0);
        assertThat(page.values()).as("the first page's values, at most MaxDatapoints").containsExactly(5.0, 5.0);
        assertThat(page.timestamps()).as("newest first, a minute apart").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(Duration.between(page.timestamps().get(1), page.timestamps().get(0))).isEqualTo(Duration.ofMinutes(1));
        assertThat(page.statusCode()).isEqualTo(StatusCode.PARTIAL_DATA);
        assertThat(first.nextToken()).as("the token to the next page").isNotNull();

        GetMetricDataResponse second = cloudWatch.getMetricData(get -> get.startTime(now.minus(Duration.ofMinutes(10)))
                .endTime(now).maxDatapoints(2).nextToken(first.nextToken()).scanBy(ScanBy.TIMESTAMP_DESCENDING)
                .metricDataQueries(query -> query.id("scanned").metricStat(stat -> stat.metric(scans).period(60).stat("Sum"))));
        assertThat(second.metricDataResults().get(0).values()).as("the last page's values").containsExactly(5.0);
        assertThat(second.metricDataResults().get(0).statusCode()).isEqualTo(StatusCode.COMPLETE);
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void aBusyCloudWatchAnswersGetMetricDataInSmallerPagesAndThePaginatorGetsThemAll() {
        for (int minute = 0; minute < 5; minute++) {
            learner.scan(scan -> scan.tableName("Books"));
            namespace.clock().advance(Duration.ofMinutes(1));
        }
        namespace.faults().answerMetricsInPagesOf(2);
        Instant now = namespace.clock().now();
        Metric scans = Metric.builder().namespace(DYNAMODB).metricName("ReturnedItemCount")
                .dimensions(d -> d.name("TableName").value("Books"), d -> d.name("Operation").value("Scan")).build();
        java.util.function.Consumer<software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest.Builder> fiveMinutes =
                get -> get.startTime(now.minus(Duration.ofMinutes(10))).endTime(now).metricDataQueries(query -> query
                        .id("scanned").metricStat(stat -> stat.metric(scans).period(60).stat("Sum")));

        GetMetricDataResponse first = cloudWatch.getMetricData(fiveMinutes);
        assertThat(first.metricDataResults().get(0).values()).as("a busy CloudWatch's first page, no MaxDatapoints asked")
                .hasSize(2);
        assertThat(first.metricDataResults().get(0).statusCode()).as("its status").isEqualTo(StatusCode.PARTIAL_DATA);
        assertThat(first.nextToken()).as("the token to the rest").isNotNull();
        List<Double> all = cloudWatch.getMetricDataPaginator(fiveMinutes).metricDataResults().stream()
                .flatMap(result -> result.values().stream()).toList();
        assertThat(all).as("every page's values, the paginator following each NextToken").containsExactly(5.0, 5.0, 5.0, 5.0, 5.0);
    }

    @Test
    void getMetricDataEvaluatesMetricMathOverTheOtherQueries() {
        learner.scan(scan -> scan.tableName("Books"));
        namespace.clock().advance(Duration.ofMinutes(2));
        learner.query(query -> query.tableName("Books").keyConditionExpression("Author = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("John Grisham"))));
        namespace.clock().advance(Duration.ofMinutes(1));
        Instant now = namespace.clock().now();
        Instant from = now.minus(Duration.ofMinutes(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Instant to = from.plus(Duration.ofMinutes(3));
        java.util.function.Function<String, Metric> returned = operation -> Metric.builder().namespace(DYNAMODB)
                .metricName("ReturnedItemCount").dimensions(d -> d.name("TableName").value("Books"),
                        d -> d.name("Operation").value(operation)).build();
        GetMetricDataResponse answer = cloudWatch.getMetricData(get -> get.startTime(from).endTime(to)
                .scanBy(ScanBy.TIMESTAMP_ASCENDING).metricDataQueries(
                        query -> query.id("scans").returnData(false)
                                .metricStat(stat -> stat.metric(returned.apply("Scan")).period(60).stat("Sum")),
                        query -> query.id("queries").returnData(false)
                                .metricStat(stat -> stat.metric(returned.apply("Query")).period(60).stat("Sum")),
                        query -> query.id("both").expression("scans + queries").label("Returned"),
                        query -> query.id("all").expression("SUM(METRICS())"),
                        query -> query.id("filled").expression("FILL(scans, 0)"),
                        query -> query.id("found").expression("SEARCH('{AWS/DynamoDB,TableName,Operation} "
                                + "MetricName=\"ReturnedItemCount\" TableName=\"Books\"', 'Sum', 60)")));
        Map<String, List<MetricDataResult>> byId = answer.metricDataResults().stream()
                .collect(java.util.stream.Collectors.groupingBy(MetricDataResult::id));
        assertThat(byId).as("the results: those of the inputs are not returned").containsOnlyKeys("both", "all", "filled", "found");
        assertThat(byId.get("both")).singleElement().satisfies(both -> {
            assertThat(both.label()).isEqualTo("Returned");
            assertThat(both.values()).as("each minute's items, the missing side counted as 0").containsExactly(5.0, 2.0);
            assertThat(both.timestamps()).containsExactly(from, from.plus(Duration.ofMinutes(2)));
        });
        assertThat(byId.get("all").get(0).values()).as("SUM(METRICS())").containsExactly(5.0, 2.0);
        assertThat(byId.get("filled").get(0).values()).as("FILL(scans, 0): every minute of the window")
                .containsExactly(5.0, 0.0, 0.0);
        assertThat(byId.get("found")).as("the series SEARCH found, one per operation").hasSize(2)
                .extracting(MetricDataResult::label).containsExactlyInAnyOrder("Query Books", "Scan Books");

        assertThatThrownBy(() -> cloudWatch.getMetricData(get -> get.startTime(from).endTime(to).metricDataQueries(
                query -> query.id("scans").returnData(false)
                        .metricStat(stat -> stat.metric(returned.apply("Scan")).period(60).stat("Sum")),
                query -> query.id("total").expression("SUM(scans)"))))
                .as("an expression whose result is a number").isInstanceOf(CloudWatchException.class)
                .hasMessageContaining("the final result of an expression must be a time series");
        assertThatThrownBy(() -> cloudWatch.getMetricData(get -> get.startTime(from).endTime(to).metricDataQueries(
                query -> query.id("both").expression("scans + missing"))))
                .as("an expression naming no query").isInstanceOf(CloudWatchException.class)
                .hasMessageContaining("there is no query with the id scans");
        assertThatThrownBy(() -> cloudWatch.getMetricData(get -> get.startTime(from).endTime(to).metricDataQueries(
                query -> query.id("both").expression("METRICS()")
                        .metricStat(stat -> stat.metric(returned.apply("Scan")).period(60).stat("Sum")))))
                .as("an expression and a metric in one query").isInstanceOf(CloudWatchException.class)
                .hasMessageContaining("The parameters MetricDataQuery Expression and MetricStat are mutually exclusive");
    }

    @Test
    void refusesAsCloudWatchDoes() {
        Instant now = namespace.clock().now();
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ConsumedReadCapacityUnits").startTime(now.minus(Duration.ofDays(2))).endTime(now)
                .period(60).statistics(Statistic.SUM)))
                .as("two days by the minute")
                .isInstanceOf(InvalidParameterCombinationException.class)
                .hasMessageContaining("You have requested up to 2880 datapoints, which exceeds the limit of 1440");
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB)
                .metricName("ConsumedReadCapacityUnits").startTime(now.minus(Duration.ofHours(1))).endTime(now)
                .period(90).statistics(Statistic.SUM)))
                .as("a period of 90 seconds")
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("Period");
        assertThatThrownBy(() -> cloudWatch.getMetricData(get -> get.startTime(now.minus(Duration.ofHours(1)))
                .endTime(now).metricDataQueries(query -> query.id("Scanned").metricStat(stat -> stat.period(60)
                        .stat("Sum").metric(m -> m.namespace(DYNAMODB).metricName("ReturnedItemCount"))))))
                .as("a query id that starts with a capital")
                .isInstanceOfSatisfying(CloudWatchException.class, refused -> assertThat(refused.awsErrorDetails().errorCode())
                        .as("the error's code").isEqualTo("ValidationError"))
                .hasMessageContaining("The value Scanned for parameter MetricDataQueries.member.1.Id is not matching the "
                        + "expected pattern ^[a-z][a-zA-Z0-9_]*$.");
    }

    @Test
    void eachStoreHasMetricsOfItsOwn() {
        learner.scan(scan -> scan.tableName("Books"));
        LabNamespace other = run.openNamespace();
        try (CloudWatchClient othersCloudWatch = cloudWatchFor(other)) {
            assertThat(othersCloudWatch.listMetrics(list -> list.namespace(DYNAMODB)).metrics())
                    .as("another scenario's metrics").isEmpty();
        } finally {
            run.closeNamespace(other);
        }
        assertThat(cloudWatch.listMetrics(list -> list.namespace(DYNAMODB)).metrics()).isNotEmpty();
    }

    private double sum(String metric, Instant now, String... dimensions) {
        List<software.amazon.awssdk.services.cloudwatch.model.Dimension> named = new java.util.ArrayList<>();
        for (int i = 0; i < dimensions.length; i += 2) {
            named.add(software.amazon.awssdk.services.cloudwatch.model.Dimension.builder()
                    .name(dimensions[i]).value(dimensions[i + 1]).build());
        }
        List<Datapoint> datapoints = cloudWatch.getMetricStatistics(get -> get.namespace(DYNAMODB).metricName(metric)
                .dimensions(named).startTime(now.minus(Duration.ofMinutes(30))).endTime(now.plus(Duration.ofMinutes(1)))
                .period(1860).statistics(Statistic.SUM)).datapoints();
        return datapoints.stream().mapToDouble(Datapoint::sum).sum();
    }

    private CloudWatchClient cloudWatchFor(LabNamespace scenario) {
        return CloudWatchClient.builder().endpointOverride(run.endpoint().uri())
                .region(Region.of(run.endpoint().region())).httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        scenario.learnerCredentials().accessKeyId(), scenario.learnerCredentials().secretAccessKey())))
                .build();
    }
}
