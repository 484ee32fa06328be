package lab.cloudwatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;

/**
 * The part of CloudWatch's metric math that reading a store's metrics calls for, in GetMetricData's {@code Expression}:
 * numbers, the ids of the request's other queries, {@code + - * / ^} and parentheses, arrays {@code [m1, m2]},
 * {@code METRICS()} and {@code METRICS("text")}, {@code SUM AVG MIN MAX} (of one series a number, of an array a
 * series), {@code ABS}, {@code FILL(series, number | REPEAT | LINEAR)} and {@code SEARCH('...', 'Stat', period)}.
 * As the user guide says, a series' missing value counts as 0 in arithmetic, a division by zero drops the point, and
 * the final result is a series or an array of them, never a number.
 */
final class MetricMath {

    /** One time series: its label, its period in seconds, and its values by the start of their period. */
    record Series(String label, int period, TreeMap<Instant, Double> points) {
    }

    /** What an expression reads: the request's other queries, and the store for SEARCH. */
    interface Inputs {

        /** The series of query {@code id} (an expression's may be several); null where there is no such query. */
        List<Series> query(String id);

        /** The ids of the request's MetricStat queries, in order. */
        List<String> metricIds();

        /** The series SEARCH finds. */
        List<Series> search(String search, String statistic, int period);

        /** The start of every period of the window, for FILL. */
        List<Instant> periods(int period);
    }

    /** A value met while evaluating: a number, one series, or an array of series. */
    private interface Value {
    }

    private record Scalar(double value) implements Value {
    }

    private record One(Series series) implements Value {
    }

    private record Many(List<Series> series) implements Value {
    }

    private final String id;
    private final String text;
    private final Inputs inputs;
    private int at;

    private MetricMath(String id, String text, Inputs inputs) {
        this.id = id;
        this.text = text;
        this.inputs = inputs;
    }

    /** The series {@code expression} of query {@code id} makes; a ValidationError for what it cannot be. */
    static List<Series> evaluate(String id, String expression, Inputs inputs) {
        MetricMath math = new MetricMath(id, expression, inputs);
        Value value = math.sum();
        math.skipSpaces();
        if (math.at < expression.length()) {
            throw math.error("unexpected '" + expression.charAt(math.at) + "' at position " + (math.at + 1));
        }
        if (value instanceof Scalar scalar) {
            throw math.error("its result is a number, " + scalar.value() + "; the final result of an expression must be "
                    + "a time series or an array of time series");
        }
        return math.series(value, "its result");
    }

    // Grammar: sum = product (('+' | '-') product)*; product = power (('*' | '/') power)*; power = unary ('^' unary)?;
    // unary = '-' unary | atom; atom = number | id | function '(' arguments ')' | '[' list ']' | '(' sum ')'.

    private Value sum() {
        Value value = product();
        while (true) {
            if (take('+')) {
                value = combine(value, product(), Double::sum);
            } else if (take('-')) {
                value = combine(value, product(), (left, right) -> left - right);
            } else {
                return value;
            }
        }
    }

    private Value product() {
        Value value = power();
        while (true) {
            if (take('*')) {
                value = combine(value, power(), (left, right) -> left * right);
            } else if (take('/')) {
                value = combine(value, power(), (left, right) -> right == 0 ? Double.NaN : left / right);
            } else {
                return value;
            }
        }
    }

    private Value power() {
        Value value = unary();
        return take('^') ? combine(value, unary(), Math::pow) : value;
    }

    private Value unary() {
        return take('-') ? combine(new Scalar(0), unary(), (left, right) -> left - right) : atom();
    }

    private Value atom() {
        skipSpaces();
        if (at >= text.length()) {
            throw error("it ends where a value is expected");
        }
        char next = text.charAt(at);
        if (take('(')) {
            Value inside = sum();
            expect(')');
            return inside;
        }
        if (take('[')) {
            List<Series> all = new ArrayList<>();
            do {
                all.addAll(series(sum(), "an array's element"));
            } while (take(','));
            expect(']');
            return new Many(all);
        }
        if (Character.isDigit(next) || next == '.') {
            int from = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            try {
                return new Scalar(Double.parseDouble(text.substring(from, at)));
            } catch (NumberFormatException notANumber) {
                throw error("'" + text.substring(from, at) + "' is not a number");
            }
        }
        if (Character.isLetter(next)) {
            int from = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            String name = text.substring(from, at);
            return take('(') ? function(name) : reference(name);
        }
        throw error("unexpected '" + next + "' at position " + (at + 1));
    }

    private Value reference(String name) {
        if (name.equals(id)) {
            throw error("it refers to itself");
        }
        List<Series> found = inputs.query(name);
        if (found == null) {
            throw error("there is no query with the id " + name);
        }
        return found.size() == 1 ? new One(found.get(0)) : new Many(found);
    }

    private Value function(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        Value value = switch (upper) {
            case "METRICS" -> metrics();
            case "SEARCH" -> search();
            case "SUM", "AVG", "MIN", "MAX" -> aggregate(upper, sum());
            case "ABS" -> combine(sum(), new Scalar(0), (value1, ignored) -> Math.abs(value1));
            case "FILL" -> fill();
            default -> throw error("the lab endpoint does not evaluate the function " + name + " (it evaluates SUM, AVG, "
                    + "MIN, MAX, ABS, FILL, METRICS and SEARCH, and + - * / ^)");
        };
        expect(')');
        return value;
    }

    private Value metrics() {
        String containing = peek('"') || peek('\'') ? string() : null;
        List<Series> all = new ArrayList<>();
        for (String metricId : inputs.metricIds()) {
            if (containing == null || metricId.contains(containing)) {
                all.addAll(inputs.query(metricId));
            }
        }
        return new Many(all);
    }

    private Value search() {
        String query = string();
        expect(',');
        String statistic = string();
        expect(',');
        Value period = sum();
        if (!(period instanceof Scalar seconds) || seconds.value() < 1 || seconds.value() != Math.rint(seconds.value())) {
            throw error("SEARCH's period is a whole number of seconds");
        }
        if (!Statistics.known(statistic)) {
            throw error("SEARCH's statistic " + statistic + " is not one of " + String.join(", ", Statistics.STANDARD)
                    + " or a percentile");
        }
        return new Many(inputs.search(query, statistic, (int) seconds.value()));
    }

    /** SUM, AVG, MIN or MAX: of one series, a number over its points; of an array, a series over each timestamp. */
    private Value aggregate(String function, Value of) {
        if (of instanceof Scalar) {
            return of;
        }
        if (of instanceof One one) {
            return new Scalar(reduce(function, new ArrayList<>(one.series().points().values())));
        }
        List<Series> all = ((Many) of).series();
        if (all.isEmpty()) {
            return new Many(List.of());
        }
        TreeSet<Instant> times = new TreeSet<>();
        all.forEach(series -> times.addAll(series.points().keySet()));
        TreeMap<Instant, Double> points = new TreeMap<>();
        for (Instant time : times) {
            List<Double> values = new ArrayList<>();
            // A series without a value at this time counts as 0, as missing values do in metric math.
            all.forEach(series -> values.add(series.points().getOrDefault(time, 0.0)));
            points.put(time, reduce(function, values));
        }
        return new One(new Series(function, all.get(0).period(), points));
    }

    private static double reduce(String function, List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        return switch (function) {
            case "SUM" -> values.stream().mapToDouble(Double::doubleValue).sum();
            case "AVG" -> values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            case "MIN" -> values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            default -> values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        };
    }

    /** FILL(series, number | REPEAT | LINEAR): a value for every period of the window the series lacks one in. */
    private Value fill() {
        Value of = sum();
        expect(',');
        skipSpaces();
        String how;
        double with = 0;
        if (at < text.length() && Character.isLetter(text.charAt(at))) {
            int from = at;
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            how = text.substring(from, at).toUpperCase(Locale.ROOT);
            if (!how.equals("REPEAT") && !how.equals("LINEAR")) {
                throw error("FILL fills with a number, REPEAT or LINEAR, not " + how);
            }
        } else if (sum() instanceof Scalar scalar) {
            how = "VALUE";
            with = scalar.value();
        } else {
            throw error("FILL fills with a number, REPEAT or LINEAR");
        }
        List<Series> filled = new ArrayList<>();
        for (Series series : series(of, "FILL's first argument")) {
            filled.add(filled(series, how, with));
        }
        return of instanceof One ? new One(filled.get(0)) : new Many(filled);
    }

    private Series filled(Series series, String how, double with) {
        TreeMap<Instant, Double> points = new TreeMap<>();
        for (Instant period : inputs.periods(series.period())) {
            Double own = series.points().get(period);
            if (own != null) {
                points.put(period, own);
                continue;
            }
            Map.Entry<Instant, Double> before = series.points().lowerEntry(period);
            Map.Entry<Instant, Double> after = series.points().higherEntry(period);
            Double value = switch (how) {
                case "VALUE" -> with;
                case "REPEAT" -> before != null ? before.getValue() : after != null ? after.getValue() : null;
                default -> before != null && after != null
                        ? before.getValue() + (after.getValue() - before.getValue())
                                * (period.getEpochSecond() - before.getKey().getEpochSecond())
                                / (after.getKey().getEpochSecond() - before.getKey().getEpochSecond())
                        : before != null ? before.getValue() : after != null ? after.getValue() : null;
            };
            if (value != null) {
                points.put(period, value);
            }
        }
        return new Series(series.label(), series.period(), points);
    }

    /** Arithmetic between numbers, series and arrays: a missing value counts as 0, and NaN (a division by 0) is dropped. */
    private Value combine(Value left, Value right, DoubleBinaryOperator operator) {
        if (left instanceof Scalar a && right instanceof Scalar b) {
            return new Scalar(operator.applyAsDouble(a.value(), b.value()));
        }
        if (left instanceof Many many) {
            return new Many(many.series().stream().map(each -> one(combine(new One(each), right, operator))).toList());
        }
        if (right instanceof Many many) {
            return new Many(many.series().stream().map(each -> one(combine(left, new One(each), operator))).toList());
        }
        Series shape = left instanceof One one ? one.series() : ((One) right).series();
        TreeSet<Instant> times = new TreeSet<>();
        if (left instanceof One one) {
            times.addAll(one.series().points().keySet());
        }
        if (right instanceof One one) {
            times.addAll(one.series().points().keySet());
        }
        TreeMap<Instant, Double> points = new TreeMap<>();
        for (Instant time : times) {
            double result = operator.applyAsDouble(valueAt(left, time), valueAt(right, time));
            if (!Double.isNaN(result) && !Double.isInfinite(result)) {
                points.put(time, result);
            }
        }
        return new One(new Series(shape.label(), shape.period(), points));
    }

    private static double valueAt(Value value, Instant time) {
        return value instanceof Scalar scalar ? scalar.value() : ((One) value).series().points().getOrDefault(time, 0.0);
    }

    private static Series one(Value value) {
        return ((One) value).series();
    }

    private List<Series> series(Value value, String what) {
        if (value instanceof One one) {
            return List.of(one.series());
        }
        if (value instanceof Many many) {
            return many.series();
        }
        throw error(what + " is a number where a time series is needed");
    }

    private String string() {
        skipSpaces();
        if (at >= text.length() || (text.charAt(at) != '"' && text.charAt(at) != '\'')) {
            throw error("a quoted string is expected at position " + (at + 1));
        }
        char quote = text.charAt(at++);
        StringBuilder read = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                at++;
            }
            read.append(text.charAt(at++));
        }
        if (at >= text.length()) {
            throw error("a string is not closed");
        }
        at++;
        return read.toString();
    }

    private boolean take(char wanted) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == wanted) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(char wanted) {
        skipSpaces();
        return at < text.length() && text.charAt(at) == wanted;
    }

    private void expect(char wanted) {
        if (!take(wanted)) {
            throw error("'" + wanted + "' is expected at position " + (at + 1));
        }
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private CloudWatchError error(String why) {
        return CloudWatchError.validation("Error in expression " + id + ": " + why + ".");
    }
}
