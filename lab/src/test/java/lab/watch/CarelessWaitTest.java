package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to the table that returns without waiting for it to settle fails its exercise, as it would on the service,
 * although DynamoDB Local makes every change at once: the lab endpoint keeps a new table CREATING, and a table whose
 * capacity was switched UPDATING, until the learner's code asks how it is.
 */
class CarelessWaitTest {

    @TempDir
    Path tree;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a create that does not wait | 01 | /** Adds the global secondary index | CREATING | wait until it is ACTIVE
            a switch to on-demand that does not wait | 07 | /** Takes an on-demand backup | UPDATING | wait until the table is ACTIVE again
            """)
    void aChangeThatReturnsWithoutWaitingFailsItsExerciseSayingSo(String careless, String exercise, String nextMethod,
                                                                 String status, String lesson) throws IOException {
        String wait = "        awaitActive(TABLE_NAME);\n    }\n\n    " + nextMethod;
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            assertThat(solution).as("the reference method before '%s' ends by waiting for the table", nextMethod)
                    .contains(wait);
            return solution.replace(wait, "    }\n\n    " + nextMethod);
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, exercise);
        assertThat(results).as("exercise %s's scenarios with %s", exercise, careless)
                .anyMatch(result -> result.verdict() == Verdict.FAILED && result.message().contains(status)
                        && result.message().contains(lesson));
    }
}
