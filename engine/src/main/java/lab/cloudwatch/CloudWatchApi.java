package lab.cloudwatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CloudWatch's read operations on one store's metrics, as the service answers them: ListMetrics, GetMetricStatistics
 * and GetMetricData, with their validation. Requests and answers are the operations' input and output structures as
 * plain values (what {@link Cbor} reads and writes); times are the store's clock.
 */
public final class CloudWatchApi {

    /** The operations served. */
    public static final List<String> OPERATIONS = List.of("GetMetricData", "GetMetricStatistics", "ListMetrics");

    static final int MOST_DATAPOINTS = 1_440;
    static final int METRICS_PER_PAGE = 500;
    static final int DEFAULT_MAX_DATAPOINTS = 100_800;
    static final int MOST_QUERIES = 500;
    static final int MOST_EXPRESSION = 2048;
    private static final Duration RECENTLY = Duration.ofHours(3);
    private static final Set<Integer> HIGH_RESOLUTION_PERIODS = Set.of(1, 5, 10, 20, 30);
    private static final Pattern QUERY_ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");

    private final MetricStore store;
    private final Instant now;
    private final int busyPage;

    /** The API over {@code store}, when the store's clock reads {@code now}. */
    public CloudWatchApi(MetricStore store, Instant now) {
        this(store, now, 0);
    }

    /**
     * The API over {@code store}, when the store's clock reads {@code now}, answering GetMetricData at most
     * {@code busyPage} datapoints a page (0 for no such limit), as a busy service may: the rest comes with the
     * NextToken.
     */
    public CloudWatchApi(MetricStore store, Instant now, int busyPage) {
        this.store = store;
        this.now = now;
        this.busyPage = busyPage;
    }

    /** The answer to {@code operation}; a refusal is thrown as a {@link CloudWatchError}. */
    public Map<String, Object> answer(String operation, Map<String, Object> input) {
        Parameters parameters = new Parameters(input, "");
        return switch (operation) {
            case "ListMetrics" -> listMetrics(parameters);
            case "GetMetricStatistics" -> getMetricStatistics(parameters);
            case "GetMetricData" -> getMetricData(parameters);
            default -> throw CloudWatchError.unknownOperation(operation);
        };
    }

    private Map<String, Object> listMetrics(Parameters input) {
        String namespace = input.text("Namespace");
        String name = input.text("MetricName");
        List<Dimension> filters = new ArrayList<>();
        for (Parameters filter : input.structures("Dimensions")) {
            filters.add(new Dimension(filter.requiredText("Name"), filter.text("Value")));
        }
        String recently = input.text("RecentlyActive");
        if (recently != null && !recently.equals("PT3H")) {
            throw CloudWatchError.invalidValue("The parameter RecentlyActive must be PT3H.");
        }
        List<Metric> matching = new ArrayList<>();
        for (Metric metric : store.metrics()) {
            if ((namespace == null || metric.namespace().equals(namespace))
                    && (name == null || metric.name().equals(name)) && metric.has(filters)
                    && (recently == null || !store.lastPublished(metric).isBefore(now.minus(RECENTLY)))) {
                matching.add(metric);
            }
        }
        int from = offset(input.text("NextToken"), matching.size());
        int to = Math.min(matching.size(), from + METRICS_PER_PAGE);
        List<Object> metrics = new ArrayList<>();
        for (Metric metric : matching.subList(from, to)) {
            metrics.add(described(metric));
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("Metrics", metrics);
        if (to < matching.size()) {
            output.put("NextToken", token(to));
        }
        return output;
    }

    private Map<String, Object> getMetricStatistics(Parameters input) {
        Metric metric = metric(input);
        Instant start = input.requiredTime("StartTime");
        Instant end = input.requiredTime("EndTime");
        Integer period = input.integer("Period");
        if (period == null) {
            throw CloudWatchError.missing("Period");
        }
        List<String> statistics = input.texts("Statistics");
        List<String> extended = input.texts("ExtendedStatistics");
        if (statistics.isEmpty() && extended.isEmpty()) {
            throw CloudWatchError.missing("Statistics or ExtendedStatistics");
        }
        if (!statistics.isEmpty() && !extended.isEmpty()) {
            throw CloudWatchError.combination("The parameters Statistics and ExtendedStatistics are mutually exclusive.");
        }
        for (String statistic : statistics) {
            if (!Statistics.standard(statistic)) {
                throw CloudWatchError.invalidValue("The parameter Statistics.member." + (statistics.indexOf(statistic) + 1)
                        + " must be a value in the set [ Minimum, Maximum, Average, SampleCount, Sum ].");
            }
        }
        for (String statistic : extended) {
            if (!Statistics.percentile(statistic)) {
                throw CloudWatchError.invalidValue("The parameter ExtendedStatistics.member."
                        + (extended.indexOf(statistic) + 1) + " must be a percentile such as p99 or p99.9; '"
                        + statistic + "' is not.");
            }
        }
        Window window = window(start, end, period, "");
        long requested = (Duration.between(start, end).getSeconds() + period - 1) / period;
        if (requested > MOST_DATAPOINTS) {
            throw CloudWatchError.combination(String.format("You have requested up to %d datapoints, which exceeds "
                    + "the limit of %d. You may reduce the datapoints requested by increasing Period, or decreasing "
                    + "the time range.", requested, MOST_DATAPOINTS));
        }
        String unit = input.text("Unit");
        List<Object> datapoints = new ArrayList<>();
        for (Map.Entry<Instant, List<Sample>> bucket : window.buckets(store, metric, unit).entrySet()) {
            Map<String, Object> datapoint = new LinkedHashMap<>();
            datapoint.put("Timestamp", bucket.getKey());
            for (String statistic : statistics) {
                datapoint.put(statistic, Statistics.of(statistic, bucket.getValue()));
            }
            datapoint.put("Unit", bucket.getValue().get(0).unit());
            if (!extended.isEmpty()) {
                Map<String, Object> percentiles = new LinkedHashMap<>();
                for (String statistic : extended) {
                    percentiles.put(statistic, Statistics.of(statistic, bucket.getValue()));
                }
                datapoint.put("ExtendedStatistics", percentiles);
            }
            datapoints.add(datapoint);
        }
        // "Data points are not returned in chronological order", the reference says: nor are they here.
        datapoints.sort(java.util.Comparator.comparingLong(datapoint -> scrambled((Map<?, ?>) datapoint)));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("Label", metric.name());
        output.put("Datapoints", datapoints);
        return output;
    }

    /** A datapoint's place in GetMetricStatistics' answer: fixed by its timestamp, and not its order in time. */
    private static long scrambled(Map<?, ?> datapoint) {
        long seconds = ((Instant) datapoint.get("Timestamp")).getEpochSecond();
        return Long.rotateLeft(seconds * 0x9E3779B97F4A7C15L, 17);
    }

    /** A query of GetMetricData: a metric's statistic ({@code metric} set), or an expression ({@code expression} set). */
    private record Query(int member, String id, String label, boolean returnData, Metric metric, Integer period,
                         String stat, String unit, String expression) {
    }

    /** The series of one request's queries, each worked out once, expressions reading the others. */
    private final class Evaluation implements MetricMath.Inputs {

        private final Map<String, Query> byId = new LinkedHashMap<>();
        private final Map<String, List<MetricMath.Series>> done = new java.util.HashMap<>();
        private final Set<String> underWay = new HashSet<>();
        private final Instant start;
        private final Instant end;

        Evaluation(List<Query> queries, Instant start, Instant end) {
            queries.forEach(query -> byId.put(query.id(), query));
            this.start = start;
            this.end = end;
        }

        List<MetricMath.Series> of(Query query) {
            List<MetricMath.Series> known = done.get(query.id());
            if (known != null) {
                return known;
            }
            if (!underWay.add(query.id())) {
                throw CloudWatchError.validation("Error in expression " + query.id() + ": it depends on itself.");
            }
            List<MetricMath.Series> series = query.expression() == null
                    ? List.of(series(query.metric(), query.stat(), query.period(), query.unit(), query.label(),
                            "MetricDataQueries.member." + query.member() + ".MetricStat."))
                    : labelled(query, MetricMath.evaluate(query.id(), query.expression(), this));
            done.put(query.id(), series);
            return series;
        }

        /** An expression's series: its own label where it makes one series, before each of many. */
        private List<MetricMath.Series> labelled(Query query, List<MetricMath.Series> series) {
            if (series.size() == 1) {
                MetricMath.Series only = series.get(0);
                return List.of(new MetricMath.Series(query.label() == null ? query.id() : query.label(), only.period(),
                        only.points()));
            }
            return series.stream().map(each -> new MetricMath.Series(query.label() == null ? each.label()
                    : query.label() + " " + each.label(), each.period(), each.points())).toList();
        }

        private MetricMath.Series series(Metric metric, String stat, int period, String unit, String label, String prefix) {
            Window window = window(start, end, period, prefix);
            TreeMap<Instant, Double> points = new TreeMap<>();
            for (Map.Entry<Instant, List<Sample>> bucket : window.buckets(store, metric, unit).entrySet()) {
                points.put(bucket.getKey(), Statistics.of(stat, bucket.getValue()));
            }
            return new MetricMath.Series(label, period, points);
        }

        @Override
        public List<MetricMath.Series> query(String id) {
            Query query = byId.get(id);
            return query == null ? null : of(query);
        }

        @Override
        public List<String> metricIds() {
            return byId.values().stream().filter(query -> query.metric() != null).map(Query::id).toList();
        }

        @Override
        public List<MetricMath.Series> search(String search, String statistic, int period) {
            MetricSearch query = MetricSearch.parse(search, why -> CloudWatchError.validation("Error in SEARCH: " + why + "."));
            List<MetricMath.Series> found = new ArrayList<>();
            for (Metric metric : store.metrics()) {
                if (query.matches(metric)) {
                    found.add(series(metric, statistic, period, null, searchLabel(metric), "SEARCH's "));
                }
            }
            return found;
        }

        @Override
        public List<Instant> periods(int period) {
            Window window = window(start, end, period, "");
            List<Instant> periods = new ArrayList<>();
            for (Instant at = window.start(); at.isBefore(window.end()); at = at.plusSeconds(period)) {
                periods.add(at);
            }
            return periods;
        }
    }

    /** A metric SEARCH found, as its result is labelled: its dimensions' values, else its name. */
    private static String searchLabel(Metric metric) {
        return metric.dimensions().isEmpty() ? metric.name()
                : String.join(" ", metric.dimensions().stream().map(Dimension::value).toList());
    }

    private Map<String, Object> getMetricData(Parameters input) {
        List<Parameters> given = input.structures("MetricDataQueries");
        if (given.isEmpty()) {
            throw CloudWatchError.missing("MetricDataQueries");
        }
        if (given.size() > MOST_QUERIES) {
            throw CloudWatchError.invalidValue("The collection MetricDataQueries must not have a size greater than "
                    + MOST_QUERIES + ".");
        }
        Instant start = input.requiredTime("StartTime");
        Instant end = input.requiredTime("EndTime");
        String scanBy = input.text("ScanBy");
        if (scanBy != null && !scanBy.equals("TimestampAscending") && !scanBy.equals("TimestampDescending")) {
            throw CloudWatchError.invalidValue("The parameter ScanBy must be TimestampAscending or TimestampDescending.");
        }
        boolean descending = !"TimestampAscending".equals(scanBy);
        Integer maxDatapoints = input.integer("MaxDatapoints");
        int most = maxDatapoints == null ? DEFAULT_MAX_DATAPOINTS : maxDatapoints;
        if (most < 1) {
            throw CloudWatchError.invalidValue("The parameter MaxDatapoints must be greater than 0.");
        }
        if (busyPage > 0) {
            most = Math.min(most, busyPage);
        }
        List<Query> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Parameters query : given) {
            queries.add(query(query, queries.size() + 1, ids));
        }
        Evaluation evaluation = new Evaluation(queries, start, end);
        // Every query's datapoints in order (an expression's may be several series), then cut into pages of at most
        // MaxDatapoints.
        List<Map<String, Object>> results = new ArrayList<>();
        List<List<Map.Entry<Instant, Double>>> points = new ArrayList<>();
        for (Query query : queries) {
            if (!query.returnData()) {
                continue;
            }
            for (MetricMath.Series each : evaluation.of(query)) {
                List<Map.Entry<Instant, Double>> series = new ArrayList<>(each.points().entrySet());
                if (descending) {
                    java.util.Collections.reverse(series);
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("Id", query.id());
                result.put("Label", each.label());
                results.add(result);
                points.add(series);
            }
        }
        int skip = offset(input.text("NextToken"), Integer.MAX_VALUE);
        int left = most;
        int seen = 0;
        boolean cut = false;
        for (int i = 0; i < results.size(); i++) {
            List<Object> timestamps = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Map.Entry<Instant, Double> point : points.get(i)) {
                if (seen++ < skip) {
                    continue;
                }
                if (left == 0) {
                    cut = true;
                    break;
                }
                timestamps.add(point.getKey());
                values.add(point.getValue());
                left--;
            }
            results.get(i).put("Timestamps", timestamps);
            results.get(i).put("Values", values);
            results.get(i).put("StatusCode", "Complete");
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("MetricDataResults", results);
        if (cut) {
            results.forEach(result -> result.put("StatusCode", "PartialData"));
            output.put("NextToken", token(skip + most));
        }
        output.put("Messages", List.of());
        return output;
    }

    private Query query(Parameters query, int member, Set<String> ids) {
        String id = query.requiredText("Id");
        if (!QUERY_ID.matcher(id).matches()) {
            throw CloudWatchError.validation("The value " + id + " for parameter MetricDataQueries.member." + member
                    + ".Id is not matching the expected pattern " + "^" + QUERY_ID.pattern() + "$.");
        }
        if (!ids.add(id)) {
            throw CloudWatchError.validation("The value " + id + " for parameter MetricDataQueries.member." + member
                    + ".Id is not unique.");
        }
        Parameters stat = query.structure("MetricStat");
        String label = query.text("Label");
        Boolean returnData = query.bool("ReturnData");
        if (query.has("Expression")) {
            if (stat != null) {
                throw CloudWatchError.validation("The parameters MetricDataQuery Expression and MetricStat are mutually "
                        + "exclusive and you have specified both.");
            }
            String expression = query.requiredText("Expression");
            if (expression.isEmpty() || expression.length() > MOST_EXPRESSION) {
                throw CloudWatchError.validation("The parameter MetricDataQueries.member." + member + ".Expression must "
                        + "be 1 to " + MOST_EXPRESSION + " characters long.");
            }
            return new Query(member, id, label, returnData == null || returnData, null, query.integer("Period"), null,
                    null, expression);
        }
        if (stat == null) {
            throw CloudWatchError.missing("MetricDataQueries.member.MetricStat");
        }
        Parameters metricParameters = stat.structure("Metric");
        if (metricParameters == null) {
            throw CloudWatchError.missing("MetricDataQueries.member.MetricStat.Metric");
        }
        Metric metric = metric(metricParameters);
        Integer period = stat.integer("Period");
        if (period == null) {
            throw CloudWatchError.missing("MetricDataQueries.member.MetricStat.Period");
        }
        String statistic = stat.requiredText("Stat");
        if (!Statistics.known(statistic)) {
            throw CloudWatchError.invalidValue("The value " + statistic + " for parameter "
                    + "MetricDataQueries.member.MetricStat.Stat is not one the lab endpoint computes: "
                    + String.join(", ", Statistics.STANDARD) + ", or a percentile such as p99.");
        }
        return new Query(member, id, label == null ? metric.name() : label, returnData == null || returnData, metric,
                period, statistic, stat.text("Unit"), null);
    }

    private static Metric metric(Parameters input) {
        String namespace = input.requiredText("Namespace");
        String name = input.requiredText("MetricName");
        List<Dimension> dimensions = new ArrayList<>();
        for (Parameters dimension : input.structures("Dimensions")) {
            dimensions.add(new Dimension(dimension.requiredText("Name"), dimension.requiredText("Value")));
        }
        return new Metric(namespace, name, dimensions);
    }

    private static Map<String, Object> described(Metric metric) {
        List<Object> dimensions = new ArrayList<>();
        for (Dimension dimension : metric.dimensions()) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("Name", dimension.name());
            described.put("Value", dimension.value());
            dimensions.add(described);
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("Namespace", metric.namespace());
        described.put("MetricName", metric.name());
        described.put("Dimensions", dimensions);
        return described;
    }

    /** The periods from {@code start}, rounded as CloudWatch rounds it, to {@code end}. */
    private Window window(Instant start, Instant end, int period, String prefix) {
        if (period < 1 || (period % 60 != 0 && !HIGH_RESOLUTION_PERIODS.contains(period))) {
            throw CloudWatchError.invalidValue("The parameter " + prefix + "Period must be a multiple of 60 "
                    + "(or 1, 5, 10, 20 or 30 for a high-resolution metric).");
        }
        if (start.equals(end)) {
            throw CloudWatchError.validation("The parameter StartTime must not equal parameter EndTime.");
        }
        if (start.isAfter(end)) {
            throw CloudWatchError.invalidValue("The parameter StartTime must be less than the parameter EndTime.");
        }
        Duration age = Duration.between(start, now);
        ChronoUnit rounding = age.compareTo(Duration.ofDays(15)) < 0 ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
        Instant from = start.truncatedTo(rounding);
        if (age.compareTo(Duration.ofDays(15)) >= 0 && age.compareTo(Duration.ofDays(63)) < 0) {
            from = start.truncatedTo(ChronoUnit.MINUTES);
            from = from.minusSeconds(from.getEpochSecond() % 300);
        }
        return new Window(from, end, period);
    }

    private record Window(Instant start, Instant end, int period) {

        /** The samples of {@code metric} (of {@code unit}, if given) by the start of their period, periods in order. */
        TreeMap<Instant, List<Sample>> buckets(MetricStore store, Metric metric, String unit) {
            TreeMap<Instant, List<Sample>> buckets = new TreeMap<>();
            for (Sample sample : store.samples(metric, start, end)) {
                if (unit != null && !unit.equals(sample.unit())) {
                    continue;
                }
                long index = Duration.between(start, sample.at()).getSeconds() / period;
                buckets.computeIfAbsent(start.plusSeconds(index * period), first -> new ArrayList<>()).add(sample);
            }
            return buckets;
        }
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("lab-page:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the page a NextToken names starts: 0 for none. */
    private static int offset(String token, int most) {
        if (token == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring(text.indexOf(':') + 1));
            if (!text.startsWith("lab-page:") || offset < 0 || offset > most) {
                throw CloudWatchError.invalidNextToken();
            }
            return offset;
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            throw CloudWatchError.invalidNextToken();
        }
    }
}
