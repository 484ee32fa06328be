package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Careless versions of exercise 10's StoreMetrics, each a small change to the reference: each fails a scenario of
 * exercise 10 with the lesson that explains it, and no other of its scenarios.
 */
class CarelessMetricsTest {

    @TempDir
    Path tree;

    static List<Arguments> carelessVersions() {
        return List.of(
                Arguments.of("the average per request instead of the sum", (UnaryOperator<String>) solution ->
                        solution.replace(".statistics(Statistic.SUM))", ".statistics(Statistic.AVERAGE))")
                                .replace(".mapToDouble(Datapoint::sum)", ".mapToDouble(Datapoint::average)"),
                        "The Books table's reads in ten minutes of shop traffic", "(Average)"),
                Arguments.of("the table's metric for the index's", (UnaryOperator<String>) solution ->
                        solution.replace("return sum(\"ConsumedReadCapacityUnits\", from, to, BOOKS, CATEGORY_INDEX);",
                                "return sum(\"ConsumedReadCapacityUnits\", from, to, BOOKS);"),
                        "CategoryIndex's reads in the same ten minutes", "GlobalSecondaryIndexName"),
                Arguments.of("a window that takes its end in", (UnaryOperator<String>) solution ->
                        solution.replace("                        .endTime(to)\n                        .period(",
                                "                        .endTime(to.plusSeconds(60))\n                        .period("),
                        "The Books table's reads in ten minutes of shop traffic", "is not part of it"),
                Arguments.of("reads' throttling only", (UnaryOperator<String>) solution ->
                        solution.replace(",\n                                perMinuteSum(\"writes\", \"WriteThrottleEvents\"))", ")"),
                        "Reads throttled in two minutes and a write in a third", "WriteThrottleEvents"),
                Arguments.of("one page of GetMetricData", (UnaryOperator<String>) solution ->
                        solution.replace("cloudWatch.getMetricDataPaginator(request -> request",
                                "cloudWatch.getMetricData(request -> request"),
                        "The same throttled minutes from a busy CloudWatch, a page at a time", "never sent back"),
                Arguments.of("periods of five minutes", (UnaryOperator<String>) solution ->
                        solution.replace("                        .period(MINUTE)", "                        .period(5 * MINUTE)"),
                        "Reads throttled in two minutes and a write in a third", "longer periods"),
                Arguments.of("the service's errors of the table alone", (UnaryOperator<String>) solution ->
                        solution.replace("errors += sum(\"SystemErrors\", from, to, metric.dimensions().toArray(Dimension[]::new));",
                                "errors = sum(\"SystemErrors\", from, to, BOOKS);"),
                        "The errors of ten minutes that were the service's fault", "TableName and Operation together"),
                Arguments.of("the caller's errors of the Books table", (UnaryOperator<String>) solution ->
                        solution.replace("sum(\"UserErrors\", from, to)", "sum(\"UserErrors\", from, to, BOOKS)"),
                        "The errors of ten minutes that were the caller's", "has no dimension"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carelessVersions")
    void aCarelessVersionFailsItsScenarioWithItsLesson(String careless, UnaryOperator<String> change, String scenario,
                                                       String lesson) throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "StoreMetrics.java", solution -> {
            String changed = change.apply(solution);
            assertThat(changed).as("the reference, changed to " + careless).isNotEqualTo(solution);
            return changed;
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "10");
        assertThat(results).as("exercise 10's scenarios").hasSize(7);
        assertThat(results).filteredOn(result -> result.name().equals(scenario)).singleElement()
                .satisfies(failed -> {
                    assertThat(failed.verdict()).as("the verdict of '%s' with %s", scenario, careless).isEqualTo(Verdict.FAILED);
                    assertThat(failed.message()).as("its message").contains(lesson);
                });
    }
}
