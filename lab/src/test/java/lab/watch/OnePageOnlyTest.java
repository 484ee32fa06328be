package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import lab.report.IndexHtml;
import lab.report.Progress;
import lab.report.ProgressJson;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byAuthor and an inCategory that read one page of the Query and stop: each fails a scenario of its own exercise
 * that says its figures first (how many books were expected, how many answered), and the whole lab's reports stay
 * small: a failure names a few books, never all of them, and the tables a scenario left are pictured once.
 */
class OnePageOnlyTest {

    /** What a failing lab's progress.json and index.html may weigh at most. */
    private static final int REPORT_LIMIT = 200 * 1024;

    @TempDir
    Path tree;

    @Test
    void listingsThatStopAfterOnePageFailWithTheirFiguresAndSmallReports() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BookRepository.java", solution -> {
            assertThat(solution).as("the reference listings read every page with a paginator").contains("queryPaginator(");
            return solution.replace("queryPaginator(", "query(");
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes);

        for (String exercise : List.of("04", "05")) {
            assertThat(results).as("exercise " + exercise + "'s scenarios with listings that read one page")
                    .anyMatch(result -> exercise.equals(result.exerciseId()) && result.verdict() == Verdict.FAILED
                            && result.headline().matches(".*: \\d+ books expected, \\d+ answered; \\d+ missing \\(e\\.g\\. .*"));
        }
        assertThat(results).as("every failure's message").filteredOn(result -> result.message() != null)
                .allSatisfy(result -> assertThat(result.message().length()).as(result.name()).isLessThan(2_000));
        Progress progress = Progress.of(results, Set.of(), java.time.Instant.now());
        assertThat(ProgressJson.render(progress).getBytes(StandardCharsets.UTF_8).length).as("progress.json's size")
                .isLessThan(REPORT_LIMIT);
        assertThat(IndexHtml.render(progress).getBytes(StandardCharsets.UTF_8).length).as("index.html's size")
                .isLessThan(REPORT_LIMIT);
    }
}
