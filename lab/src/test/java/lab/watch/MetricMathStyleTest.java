package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercise 10 solved in another style, with CloudWatch's metric math: the throttled minutes as one expression over the
 * read and write throttle events, and the service's errors as the SUM of what a SEARCH finds. It passes as the
 * reference does.
 */
class MetricMathStyleTest {

    private static final String THROTTLED = """
                public List<Instant> throttledMinutes(Instant from, Instant to) {
                    SortedSet<Instant> minutes = new TreeSet<>();
                    cloudWatch.getMetricDataPaginator(request -> request
                                    .startTime(from)
                                    .endTime(to)
                                    .metricDataQueries(perMinuteSum("reads", "ReadThrottleEvents").toBuilder().returnData(false).build(),
                                            perMinuteSum("writes", "WriteThrottleEvents").toBuilder().returnData(false).build(),
                                            MetricDataQuery.builder().id("either").expression("reads + writes").build()))
                            .metricDataResults()
                            .forEach(result -> minutesWithEvents(result, minutes));
                    return List.copyOf(minutes);
                }
            """;
    private static final String SYSTEM_ERRORS = """
                public long systemErrors(Instant from, Instant to) {
                    String search = "SEARCH('{AWS/DynamoDB,TableName,Operation} MetricName=\\"SystemErrors\\" TableName=\\"Books\\"', 'Sum', 60)";
                    double errors = 0;
                    for (MetricDataResult result : cloudWatch.getMetricDataPaginator(request -> request
                                    .startTime(from)
                                    .endTime(to)
                                    .metricDataQueries(MetricDataQuery.builder().id("errors").expression("SUM(" + search + ")").build()))
                            .metricDataResults()) {
                        errors += result.values().stream().mapToDouble(Double::doubleValue).sum();
                    }
                    return Math.round(errors);
                }
            """;

    @TempDir
    Path tree;

    @Test
    void exerciseTenSolvedWithMetricMathPasses() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "StoreMetrics.java", solution -> {
            String changed = replaceMethod(replaceMethod(solution, "public List<Instant> throttledMinutes(", THROTTLED),
                    "public long systemErrors(", SYSTEM_ERRORS);
            assertThat(changed).as("the reference, in the metric math style").contains(".expression(\"reads + writes\")",
                    "SUM(\" + search + \")");
            return changed;
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "10");
        assertThat(results).as("exercise 10's scenarios").hasSize(7)
                .allSatisfy(result -> assertThat(result.verdict()).as(result.name() + ": " + result.message())
                        .isEqualTo(Verdict.PASSED));
    }

    /** The source with the method that starts with {@code signature} (up to its closing brace at 4 spaces) replaced. */
    private static String replaceMethod(String source, String signature, String replacement) {
        int start = source.lastIndexOf('\n', source.indexOf(signature)) + 1;
        int end = source.indexOf("\n    }\n", start) + "\n    }\n".length();
        assertThat(start).as("where " + signature + " starts").isPositive();
        return source.substring(0, start) + replacement.stripIndent().indent(4) + source.substring(end);
    }
}
