package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A point-in-time restore to a moment near the one asked for, but not it, fails exercise 08's rewind: a book added five
 * minutes before the moment must be in the restored table, and books deleted five minutes after it must be too.
 */
class CarelessRestoreMomentTest {

    private static final String MOMENT = ".restoreDateTime(moment));";

    @TempDir
    Path tree;

    @ParameterizedTest(name = "restored to the moment asked for {0}")
    @ValueSource(strings = {".restoreDateTime(moment.minusSeconds(600)));", ".restoreDateTime(moment.plusSeconds(600)));"})
    void aRestoreToANeighbouringMomentFailsTheRewind(String careless) throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            assertThat(solution).as("the reference restores to the moment it is given").contains(MOMENT);
            return solution.replace(MOMENT, careless);
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "08");
        assertThat(results).filteredOn(result -> result.name().equals("Rewinding to the moment before a careless deploy"))
                .singleElement().satisfies(rewind -> {
                    assertThat(rewind.verdict()).as("the rewind with " + careless).isEqualTo(Verdict.FAILED);
                    assertThat(rewind.message()).as("its message").contains("BooksBeforeTheDeploy");
                });
    }
}
