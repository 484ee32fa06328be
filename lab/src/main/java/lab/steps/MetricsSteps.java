package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.fixtures.Book;
import lab.fixtures.Items;
import lab.fixtures.Library;
import lab.learner.AnswerType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Exercise 10: the shop's traffic, made by the lab on the store's clock through credentials of its own (so its
 * requests publish CloudWatch metrics, as on the service, without being the learner's calls), and the learner's
 * {@code StoreMetrics} reading those metrics back. What the learner's answer must be is worked out from the shop's
 * own answers (the capacity each request reported) and from the throttling the lab injected, never from the metrics.
 */
public class MetricsSteps {

    private static final String TABLE_READS = "StoreMetrics.tableReadUnits";
    private static final String INDEX_READS = "StoreMetrics.indexReadUnits";
    private static final String THROTTLED_MINUTES = "StoreMetrics.throttledMinutes";
    private static final String SYSTEM_ERRORS = "StoreMetrics.systemErrors";
    private static final String USER_ERRORS = "StoreMetrics.userErrors";

    /** An error the lab made the store meet: when, whose fault (the service's, or the caller's), and of which operation. */
    private record ShopError(Instant at, boolean services, String operation) {
    }

    /** One read of the shop's: when, on which index (null for the table itself), and what it reported it consumed. */
    private record ShopRead(Instant at, String index, double units) {
    }

    private final ScenarioContext context;
    private final List<ShopRead> reads = new ArrayList<>();
    private final TreeSet<Instant> readsThrottled = new TreeSet<>();
    private final TreeSet<Instant> writesThrottled = new TreeSet<>();
    private final List<ShopError> errors = new ArrayList<>();
    private Double answeredUnits;
    private List<Instant> answeredMinutes;
    private Long answeredSystemErrors;
    private Long answeredUserErrors;
    /** The window the errors were asked for: from (included) to (not included). */
    private Instant errorsFrom;
    private Instant errorsTo;

    public MetricsSteps(ScenarioContext context) {
        this.context = context;
    }

    /** Times of day, {@code 09:02}, {@code 09:02 and 09:11}, {@code 09:02, 09:07 and 09:11}. */
    @ParameterType("\\d{2}:\\d{2}(?:(?:, | and )\\d{2}:\\d{2})*")
    public List<LocalTime> times(String written) {
        return java.util.Arrays.stream(written.split(", | and ")).map(LocalTime::parse).toList();
    }

    @Given("from {time} the shop reads {int} books by key and browses {int} categories each minute for {int} minutes")
    public void fromTheShopReadsBooksByKeyAndBrowsesCategoriesEachMinuteForMinutes(LocalTime start, int byKey,
                                                                                 int categories, int minutes) {
        traffic(start, byKey, categories, minutes, List.of());
    }

    @Given("from {time} the shop reads {int} books by key each minute for {int} minutes")
    public void fromTheShopReadsBooksByKeyEachMinuteForMinutes(LocalTime start, int byKey, int minutes) {
        traffic(start, byKey, 0, minutes, List.of());
    }

    @Given("from {time} the shop reads {int} books by key each minute for {int} minutes, throttled at {times}")
    public void fromTheShopReadsBooksByKeyEachMinuteForMinutesThrottledAt(LocalTime start, int byKey, int minutes,
                                                                         List<LocalTime> throttledAt) {
        traffic(start, byKey, 0, minutes, throttledAt);
    }

    @Given("the shop also reads {int} book(s) at {time} and {int} book(s) at {time}")
    public void theShopAlsoReadsBooksAtAndBooksAt(int firstBooks, LocalTime first, int secondBooks, LocalTime second) {
        context.setClockTo(first, false);
        for (int i = 0; i < firstBooks; i++) {
            readByKey(Library.FIVE_BOOKS.get(i % Library.FIVE_BOOKS.size()));
        }
        context.setClockTo(second, false);
        for (int i = 0; i < secondBooks; i++) {
            readByKey(Library.FIVE_BOOKS.get(i % Library.FIVE_BOOKS.size()));
        }
    }

    @Given("at {time} the shop adds a book and is throttled")
    public void atTheShopAddsABookAndIsThrottled(LocalTime time) {
        Instant moment = context.setClockTo(time, false);
        context.faults().throttleWrites(1);
        addABook();
        writesThrottled.add(moment);
    }

    @Given("at {time} the store fails {int} attempt(s) of a read of the shop's, and at {time} {int} attempt(s) of a write")
    public void atTheStoreFailsAttemptsOfAReadOfTheShopsAndAtAttemptsOfAWrite(LocalTime readAt, int reads, LocalTime writeAt,
                                                                          int writes) {
        // Each failed attempt never reaches the store; the SDK retries it, and the last attempt succeeds.
        Instant readMoment = context.setClockTo(readAt, false);
        context.faults().failReads(reads);
        readByKey(Library.FIVE_BOOKS.get(0));
        for (int i = 0; i < reads; i++) {
            errors.add(new ShopError(readMoment, true, "GetItem"));
        }
        Instant writeMoment = context.setClockTo(writeAt, false);
        context.faults().failWrites(writes);
        addABook();
        for (int i = 0; i < writes; i++) {
            errors.add(new ShopError(writeMoment, true, "PutItem"));
        }
    }

    @Given("at {time} the shop sends {int} request(s) the store refuses, and at {time} {int} more")
    public void atTheShopSendsRequestsTheStoreRefusesAndAtMore(LocalTime first, int firstCount, LocalTime second,
                                                              int secondCount) {
        refusedRequests(first, firstCount);
        refusedRequests(second, secondCount);
    }

    @When("I ask how many requests from {time} to {time} failed by the service's fault")
    public void iAskHowManyRequestsFromToFailedByTheServicesFault(LocalTime from, LocalTime to) {
        errorsFrom = context.today(from);
        errorsTo = context.today(to);
        answeredSystemErrors = context.learner().call(SYSTEM_ERRORS, AnswerType.of(Long.class), errorsFrom, errorsTo);
    }

    @When("I ask how many requests from {time} to {time} the store refused as the caller's mistake")
    public void iAskHowManyRequestsFromToTheStoreRefusedAsTheCallersMistake(LocalTime from, LocalTime to) {
        errorsFrom = context.today(from);
        errorsTo = context.today(to);
        answeredUserErrors = context.learner().call(USER_ERRORS, AnswerType.of(Long.class), errorsFrom, errorsTo);
    }

    @Then("I am told {long} failed by the service's fault")
    public void iAmToldFailedByTheServicesFault(long system) {
        List<ShopError> systems = errorsWithin(errorsFrom, errorsTo, true);
        assertThat((long) systems.size()).as("the errors the lab made by the service's fault").isEqualTo(system);
        if (answeredSystemErrors == null || answeredSystemErrors != system) {
            throw new AssertionError(SYSTEM_ERRORS + " answered " + answeredSystemErrors + "; the service failed " + system
                    + " requests of the Books table by its own fault" + systemLesson(systems));
        }
    }

    @Then("I am told {long} were the caller's")
    public void iAmToldWereTheCallers(long user) {
        List<ShopError> users = errorsWithin(errorsFrom, errorsTo, false);
        assertThat((long) users.size()).as("the errors the lab made as the caller's mistake").isEqualTo(user);
        if (answeredUserErrors == null || answeredUserErrors != user) {
            throw new AssertionError(USER_ERRORS + " answered " + answeredUserErrors + "; the store refused " + user
                    + " requests as the caller's mistake" + userLesson(users, errorsWithin(errorsFrom, errorsTo.plusSeconds(1), false)));
        }
    }

    @When("I ask what the Books table's reads consumed from {time} to {time}")
    public void iAskWhatTheBooksTablesReadsConsumedFromTo(LocalTime from, LocalTime to) {
        answeredUnits = context.learner().call(TABLE_READS, AnswerType.of(Double.class), context.today(from),
                context.today(to));
    }

    @When("I ask what CategoryIndex's reads consumed from {time} to {time}")
    public void iAskWhatCategoryIndexsReadsConsumedFromTo(LocalTime from, LocalTime to) {
        answeredUnits = context.learner().call(INDEX_READS, AnswerType.of(Double.class), context.today(from),
                context.today(to));
    }

    @Given("CloudWatch is busy and answers at most {int} datapoints a page")
    public void cloudWatchIsBusyAndAnswersAtMostDatapointsAPage(int datapoints) {
        context.faults().answerMetricsInPagesOf(datapoints);
    }

    @When("I ask in which minutes from {time} to {time} the Books table was throttled")
    public void iAskInWhichMinutesFromToTheBooksTableWasThrottled(LocalTime from, LocalTime to) {
        answeredMinutes = context.learner().call(THROTTLED_MINUTES, AnswerType.listOf(Instant.class),
                context.today(from), context.today(to));
    }

    @Then("I am told what the shop's reads of the Books table itself consumed from {time} to {time}")
    public void iAmToldWhatTheShopsReadsOfTheBooksTableItselfConsumedFromTo(LocalTime from, LocalTime to) {
        Instant start = context.today(from);
        Instant end = context.today(to);
        List<ShopRead> table = within(start, end, read -> read.index() == null);
        double expected = units(table);
        Map<Double, String> lessons = new java.util.LinkedHashMap<>();
        lessons.put(units(within(start, end, read -> read.index() != null)),
                "that is CategoryIndex's: the table's own metric has the dimension TableName alone");
        lessons.put(units(within(start, end, read -> true)), "that adds CategoryIndex's reads to the table's");
        lessons.put(expected / Math.max(1, table.size()), "that is the average per request (Average): the window's is the Sum");
        lessons.put((double) table.size(), "that is how many requests consumed capacity (SampleCount): the window's is the Sum");
        lessons.put(units(within(start, end.plusSeconds(1), read -> read.index() == null)),
                "that counts the reads at " + to + " too, and the window's end is not part of it");
        lessons.put(units(within(start.minusSeconds(3600), end, read -> read.index() == null)),
                "that counts reads before " + from + ", where the window starts");
        lessons.put(units(within(start.minusSeconds(3600), end.plusSeconds(1), read -> read.index() == null)),
                "that counts reads outside the window: it starts at " + from + ", and its end, " + to
                        + ", is not part of it");
        lessons.put(0.0, "no datapoint matched: namespace AWS/DynamoDB, metric ConsumedReadCapacityUnits, dimension "
                + "TableName=Books, statistic Sum, a period that is a multiple of 60 seconds");
        assertUnits(TABLE_READS, from, to, expected, "the shop's reads of the Books table itself", lessons);
    }

    @Then("I am told what the shop's browsing of CategoryIndex consumed from {time} to {time}")
    public void iAmToldWhatTheShopsBrowsingOfCategoryIndexConsumedFromTo(LocalTime from, LocalTime to) {
        Instant start = context.today(from);
        Instant end = context.today(to);
        List<ShopRead> index = within(start, end, read -> read.index() != null);
        double expected = units(index);
        Map<Double, String> lessons = new java.util.LinkedHashMap<>();
        lessons.put(units(within(start, end, read -> read.index() == null)),
                "that is the Books table's own: an index's metric names the table and the index, "
                        + "TableName and GlobalSecondaryIndexName");
        lessons.put(units(within(start, end, read -> true)), "that adds the table's reads to the index's");
        lessons.put(expected / Math.max(1, index.size()), "that is the average per request (Average): the window's is the Sum");
        lessons.put((double) index.size(), "that is how many requests consumed capacity (SampleCount): the window's is the Sum");
        lessons.put(0.0, "no datapoint matched: namespace AWS/DynamoDB, metric ConsumedReadCapacityUnits, dimensions "
                + "TableName=Books and GlobalSecondaryIndexName=CategoryIndex, statistic Sum");
        assertUnits(INDEX_READS, from, to, expected, "the shop's browsing of CategoryIndex", lessons);
    }

    @Then("I am told {times}")
    public void iAmTold(List<LocalTime> minutes) {
        List<Instant> expected = List.copyOf(throttled());
        assertThat(expected).as("the minutes the lab throttled").isEqualTo(minutes.stream().map(context::today).toList());
        if (!expected.equals(answeredMinutes)) {
            throw new AssertionError(THROTTLED_MINUTES + " answered " + clock(answeredMinutes)
                    + "; the Books table was throttled at " + clock(expected) + minutesLesson(expected));
        }
    }

    @Then("I am told no minute was throttled")
    public void iAmToldNoMinuteWasThrottled() {
        assertThat(throttled()).as("the minutes the lab throttled").isEmpty();
        if (answeredMinutes == null || !answeredMinutes.isEmpty()) {
            throw new AssertionError(THROTTLED_MINUTES + " answered " + clock(answeredMinutes)
                    + ", but nothing was throttled in that window");
        }
    }

    /** The shop's traffic: each minute from {@code start}, reads by key and browsing, throttled in the minutes given. */
    private void traffic(LocalTime start, int byKey, int categories, int minutes, List<LocalTime> throttledAt) {
        List<String> browsed = Library.FIVE_BOOKS.stream().map(Book::category).distinct().toList();
        int read = 0;
        for (int minute = 0; minute < minutes; minute++) {
            LocalTime time = start.plusMinutes(minute);
            Instant moment = context.setClockTo(time, false);
            if (throttledAt.contains(time)) {
                context.faults().throttleReads(1);
                readsThrottled.add(moment);
            }
            for (int i = 0; i < byKey; i++) {
                readByKey(Library.FIVE_BOOKS.get(read++ % Library.FIVE_BOOKS.size()));
            }
            for (int i = 0; i < categories; i++) {
                browse(browsed.get((minute + i) % browsed.size()));
            }
        }
        context.setClockTo(start.plusMinutes(minutes), false);
    }

    /** The shop adds a book: a children's book in hardcover. */
    private void addABook() {
        shop().putItem(put -> put.tableName("Books").item(Items.item(new Book("Dr. Seuss", "Fox in Socks", "Children",
                Map.of("Hardcover", "D6Q2N7T1")))));
    }

    private void readByKey(Book book) {
        ConsumedCapacity consumed = shop().getItem(get -> get.tableName("Books")
                .key(Items.key(book.author(), book.title()))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        reads.add(new ShopRead(context.clock().now(), null, consumed.capacityUnits()));
    }

    private void browse(String category) {
        ConsumedCapacity consumed = shop().query(query -> query.tableName("Books").indexName("CategoryIndex")
                .keyConditionExpression("#category = :category")
                .expressionAttributeNames(Map.of("#category", "Category"))
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        reads.add(new ShopRead(context.clock().now(), "CategoryIndex", consumed.capacityUnits()));
    }

    private DynamoDbClient shop() {
        return context.shop();
    }

    private List<ShopRead> within(Instant start, Instant end, Predicate<ShopRead> which) {
        return reads.stream().filter(read -> !read.at().isBefore(start) && read.at().isBefore(end)).filter(which).toList();
    }

    private static double units(List<ShopRead> reads) {
        return reads.stream().mapToDouble(ShopRead::units).sum();
    }

    private void assertUnits(String method, LocalTime from, LocalTime to, double expected, String what,
                             Map<Double, String> lessons) {
        String lesson = "";
        if (answeredUnits != null && Math.abs(answeredUnits - expected) > 1e-6) {
            for (Map.Entry<Double, String> known : lessons.entrySet()) {
                if (Math.abs(known.getKey() - expected) > 1e-6 && Math.abs(known.getKey() - answeredUnits) < 1e-6) {
                    lesson = ": " + known.getValue();
                    break;
                }
            }
        }
        if (answeredUnits == null || Math.abs(answeredUnits - expected) > 1e-6) {
            throw new AssertionError(method + " answered " + answeredUnits + " read units for " + from + " to " + to
                    + "; " + what + " consumed " + expected + lesson);
        }
    }

    /** The shop's requests that the store refuses as the caller's mistake: a GetItem whose key lacks the sort key. */
    private void refusedRequests(LocalTime time, int count) {
        Instant moment = context.setClockTo(time, false);
        for (int i = 0; i < count; i++) {
            try {
                shop().getItem(get -> get.tableName("Books").key(Map.of("Author", AttributeValue.fromS("John Grisham"))));
                throw new AssertionError("The store answered a GetItem without the key's Title; the lab meant it refused");
            } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException refused) {
                assertThat(refused.statusCode()).as("the status of a GetItem without the key's Title").isEqualTo(400);
            }
            errors.add(new ShopError(moment, false, "GetItem"));
        }
    }

    private List<ShopError> errorsWithin(Instant start, Instant end, boolean services) {
        return errors.stream().filter(error -> error.services() == services && !error.at().isBefore(start)
                && error.at().isBefore(end)).toList();
    }

    /** What may explain a wrong count of the service's errors. */
    private String systemLesson(List<ShopError> systems) {
        if (answeredSystemErrors == null) {
            return "";
        }
        if (answeredSystemErrors == 0) {
            return ": no datapoint matched; SystemErrors has the dimensions TableName and Operation together, one metric "
                    + "per operation (ListMetrics lists them), and none of TableName alone";
        }
        Map<String, Long> byOperation = systems.stream().collect(Collectors.groupingBy(ShopError::operation,
                java.util.TreeMap::new, Collectors.counting()));
        for (Map.Entry<String, Long> operation : byOperation.entrySet()) {
            if (byOperation.size() > 1 && operation.getValue().equals(answeredSystemErrors)) {
                return ": that is " + operation.getKey() + "'s alone; each operation's SystemErrors is a metric of its "
                        + "own, and the table's are " + byOperation;
            }
        }
        return "";
    }

    /** What may explain a wrong count of the caller's errors. */
    private String userLesson(List<ShopError> users, List<ShopError> withTheEnd) {
        if (answeredUserErrors == null) {
            return "";
        }
        if (answeredUserErrors == 0) {
            return ": no datapoint matched; UserErrors counts the whole region's and has no dimension, not even TableName";
        }
        if (answeredUserErrors == withTheEnd.size() && withTheEnd.size() != users.size()) {
            return ": that counts the refusals at the window's end, which is not part of it";
        }
        return "";
    }

    /** What may explain a wrong list of minutes. */
    private String minutesLesson(List<Instant> expected) {
        if (answeredMinutes == null || answeredMinutes.equals(expected)) {
            return "";
        }
        int notSentBack = context.faults().metricTokensNotSentBack();
        if (notSentBack > 0) {
            return ": CloudWatch answered part of the data (StatusCode PartialData) with a NextToken, and "
                    + (notSentBack == 1 ? "it was" : notSentBack + " of them were") + " never sent back for the rest; "
                    + "ask again with each NextToken until none comes (getMetricDataPaginator does)";
        }
        if (answeredMinutes.isEmpty()) {
            return ": no minute came back; ThrottledRequests is published per TableName and Operation together, the "
                    + "throttle events (ReadThrottleEvents, WriteThrottleEvents) per TableName";
        }
        if (answeredMinutes.stream().anyMatch(minute -> minute.getEpochSecond() % 60 != 0)) {
            return ": those are not whole minutes; a period of 60 seconds gives one datapoint per minute";
        }
        if (!expected.isEmpty() && new TreeSet<>(answeredMinutes).equals(new TreeSet<>(expected))) {
            return ": the same minutes, but not earliest first (GetMetricStatistics answers its datapoints in no "
                    + "particular order)";
        }
        if (!answeredMinutes.isEmpty() && answeredMinutes.stream().allMatch(minute -> minute.getEpochSecond() % 300 == 0)
                && expected.stream().anyMatch(minute -> minute.getEpochSecond() % 300 != 0)) {
            return ": those are the starts of longer periods; a period of 60 seconds gives one datapoint per minute";
        }
        List<Instant> missedWrites = writesThrottled.stream().filter(minute -> !answeredMinutes.contains(minute)).toList();
        if (!missedWrites.isEmpty() && answeredMinutes.containsAll(readsThrottled)) {
            return ": a write was throttled at " + clock(missedWrites)
                    + ", and writes are counted apart from reads (WriteThrottleEvents)";
        }
        return "";
    }

    private TreeSet<Instant> throttled() {
        TreeSet<Instant> all = new TreeSet<>(readsThrottled);
        all.addAll(writesThrottled);
        return all;
    }

    /** Instants as times of day on the store's clock: {@code [09:02, 09:07]}. */
    private static String clock(List<Instant> instants) {
        if (instants == null) {
            return "nothing";
        }
        return instants.stream().map(instant -> {
            LocalTime time = LocalTime.ofInstant(instant, ZoneOffset.UTC);
            return instant.getEpochSecond() % 60 == 0 ? time.toString().substring(0, 5) : time.toString();
        }).collect(Collectors.joining(", ", "[", "]"));
    }
}
