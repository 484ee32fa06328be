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
 * A switch of capacity mode that returns without waiting for the table to be ACTIVE again fails exercise 07, as it
 * would on the service, although DynamoDB Local switches at once: the lab endpoint keeps the table UPDATING until the
 * learner's code asks how it is.
 */
class CarelessSwitchTest {

    private static final String WAIT = "                .billingMode(BillingMode.PAY_PER_REQUEST));\n        awaitActive(TABLE_NAME);\n";

    @TempDir
    Path tree;

    @Test
    void aSwitchThatReturnsWithoutWaitingFailsExerciseSevenSayingSo() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            assertThat(solution).as("the reference switchToOnDemand() ends by waiting for the table").contains(WAIT);
            return solution.replace(WAIT, "                .billingMode(BillingMode.PAY_PER_REQUEST));\n");
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "07");
        assertThat(results).as("exercise 07's scenarios with a switch to on-demand that does not wait")
                .anyMatch(result -> result.name().equals("Back to on-demand, index and all")
                        && result.verdict() == Verdict.FAILED && result.message().contains("UPDATING")
                        && result.message().contains("wait until the table is ACTIVE again"));
        assertThat(results).as("exercise 07's other switch, which waits")
                .anyMatch(result -> result.name().equals("The table and its category index go provisioned")
                        && result.verdict() == Verdict.PASSED);
    }
}
