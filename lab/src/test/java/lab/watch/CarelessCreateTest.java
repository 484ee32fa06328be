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
 * A create that does not wait for the table to be ACTIVE fails exercise 01, as it would on the service, although
 * DynamoDB Local makes a table ACTIVE at once: the lab endpoint keeps a new table CREATING until the learner's code
 * asks how it is.
 */
class CarelessCreateTest {

    private static final String WAIT = "        awaitActive(TABLE_NAME);\n    }\n\n    /** Adds the global secondary index";

    @TempDir
    Path tree;

    @Test
    void aCreateThatReturnsWithoutWaitingFailsExerciseOneSayingSo() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            assertThat(solution).as("the reference create() ends by waiting for the table").contains(WAIT);
            return solution.replace(WAIT, "    }\n\n    /** Adds the global secondary index");
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "01");
        assertThat(results).as("exercise 01's scenarios with a create that does not wait")
                .anyMatch(result -> result.verdict() == Verdict.FAILED && result.message().contains("CREATING")
                        && result.message().contains("wait until it is ACTIVE"));
    }
}
