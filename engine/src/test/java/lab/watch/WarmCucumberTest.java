package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmCucumberTest {

    private static final String FEATURE = """
            Feature: Timed
              Scenario: short
                Given it takes 1 ms
              Scenario: longest
                Given it takes 300 ms
              Scenario: middle
                Given it takes 100 ms
            """;

    /** "NAME on THREAD" for each scenario as it started, in the order they started. */
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<String> passed = new CopyOnWriteArrayList<>();

    @Test
    void everyRerunRunsEveryScenarioOnTheSameThreadsAndTheLongestFirst(@TempDir Path tree) throws IOException {
        Path feature = Files.writeString(tree.resolve("timed.feature"), FEATURE);
        ConcurrentEventListener watching = publisher -> {
            publisher.registerHandlerFor(TestCaseStarted.class, event -> started.add(
                    event.getTestCase().getName() + " on " + Thread.currentThread().getName()));
            publisher.registerHandlerFor(TestCaseFinished.class, event -> {
                if (event.getResult().getStatus() == Status.PASSED) {
                    passed.add(event.getTestCase().getName());
                }
            });
        };
        try (WarmCucumber cucumber = new WarmCucumber(Map.of("cucumber.glue", "lab.watch.glue",
                "cucumber.execution.parallel.enabled", "true",
                "cucumber.execution.parallel.config.fixed.parallelism", "1"), List.of(watching))) {
            cucumber.run(List.of(feature));
            assertThat(passed).as("the scenarios that passed in the first run").containsExactlyInAnyOrder("short", "longest", "middle");
            assertThat(started).as("the order the first run started its scenarios in: the feature's, none having run before")
                    .extracting(line -> line.substring(0, line.indexOf(" on ")))
                    .containsExactly("short", "longest", "middle");
            String thread = started.get(0).substring(started.get(0).indexOf(" on "));

            started.clear();
            passed.clear();
            cucumber.run(List.of(feature));

            assertThat(passed).as("the scenarios that passed in the second run").containsExactlyInAnyOrder("short", "longest", "middle");
            assertThat(started).as("the second run starts the scenario that took longest first, on the thread, and so the "
                            + "runner, of the first run")
                    .containsExactly("longest" + thread, "middle" + thread, "short" + thread);
        }
    }
}
