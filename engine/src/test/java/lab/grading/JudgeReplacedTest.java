package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import lab.grading.SampleClass.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A judge that cannot do its job is replaced, and the submission graded once more on a fresh one, before the grader
 * calls it a harness error: here every judge fails to start the lab's run (it is given a learner time limit of 0 s,
 * which its settings refuse), so the correct submission ends as a harness error, on the fresh judge too.
 */
class JudgeReplacedTest {

    private static final Path KATA = Path.of("").toAbsolutePath();

    @Test
    void aSubmissionAJudgeFailedIsGradedAgainOnAFreshJudgeBeforeItIsAHarnessError(@TempDir Path temp) throws Exception {
        String asked = IsolationHere.find().asked();
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        new SampleClass(KATA).sources(submissions.resolve("solved"), Kind.SOLVED);
        GradingSettings settings = new GradingSettings(KATA.resolve("features"), temp.resolve("grades"), 1,
                Duration.ofSeconds(120), "512m", 0, false, asked);

        List<SubmissionGrade> grades = new Grader(settings, KATA).grade(Submission.in(submissions), line -> { });

        assertThat(grades).hasSize(1);
        SubmissionGrade solved = grades.get(0);
        assertThat(solved.outcome()).as("how the run of a correct submission ended, when no judge could start the lab: %s",
                solved.reason()).isEqualTo(RunOutcome.HARNESS_ERROR);
        assertThat(solved.reason()).as("why, as the gradebook says it")
                .contains("kata.timeout").endsWith("(on a fresh judge too)");
    }
}
