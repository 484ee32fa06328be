package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A judge that ends before it has told a single scenario could not do its job: the learner's code runs in learner
 * JVMs and cannot end it. Its console says why, whatever the container engine or the image's entry point wrote.
 */
class JudgeFailureTest {

    private static SubmissionJvm.Exit silentEnd(int status, String console) {
        return new SubmissionJvm.Exit(status, false, false, console, List.of());
    }

    @Test
    void aJudgeWhoseJavaWasNotFoundFailed() {
        assertThat(SubmissionGrading.judgeFailure(silentEnd(127, "/__cacert_entrypoint.sh: 6: exec: java: not found\n"),
                ReportedResults.of(List.of())))
                .as("why a judge failed whose image's entry point found no java")
                .contains("/__cacert_entrypoint.sh: 6: exec: java: not found");
    }

    @Test
    void aJudgeThatSaidNothingAtAllFailedWithItsStatus() {
        assertThat(SubmissionGrading.judgeFailure(silentEnd(137, ""), ReportedResults.of(List.of())))
                .as("why a judge failed that ended with status 137 and an empty console")
                .contains("it ended with status 137 before saying anything");
    }

    @Test
    void aJudgeThatRanOutOfTimeDidNotFail() {
        assertThat(SubmissionGrading.judgeFailure(new SubmissionJvm.Exit(137, true, false, "", List.of()),
                ReportedResults.of(List.of())))
                .as("a judge stopped at the submission's time limit: the submission's hang, not the judge's failure")
                .isEmpty();
    }
}
