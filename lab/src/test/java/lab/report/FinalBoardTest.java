package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinalBoardTest {

    @TempDir
    Path directory;

    @Test
    void aFailingExerciseFailsTheBuildInOneLineNamingTheNext() {
        String verdict = FinalBoard.remaining(SampleRun.progress(null, Set.of())).orElseThrow();

        assertThat(verdict).as("the build's verdict while 03 fails")
                .isEqualTo("Exercise 03 is not done yet: see the board above; ./mvnw test -Dkata.exercise=03 runs exercise 03 alone.");
    }

    @Test
    void severalFailingExercisesAreCountedAndTheFirstIsNamed() {
        Progress progress = Progress.of(List.of(
                new ScenarioResult("02", "a", 1, Verdict.FAILED, "no", null),
                new ScenarioResult("06", "b", 1, Verdict.FAILED, "no", null),
                new ScenarioResult("01", "c", 1, Verdict.PASSED, null, null)), Set.of(), SampleRun.FINISHED);

        assertThat(FinalBoard.remaining(progress)).as("the verdict while 02 and 06 fail")
                .contains("2 exercises (02, 06) are not done yet: see the board above; ./mvnw test -Dkata.exercise=02 runs exercise 02 alone.");
    }

    @Test
    void exercisesThatAreDoneSkippedOrNotChosenPassTheBuild() {
        assertThat(FinalBoard.remaining(SampleRun.progress(null, Set.of("01", "05", "08"))))
                .as("the verdict of a run that chose 01, 05 and 08 (done, done, skipped)").isEmpty();
    }

    @Test
    void aMissingOrStaleProgressFileMeansTheLabDidNotFinish() throws Exception {
        Path file = directory.resolve("progress.json");
        assertThatThrownBy(() -> FinalBoard.fresh(file, SampleRun.FINISHED)).as("no progress.json at all")
                .isInstanceOf(BuildStepFailure.class).hasMessageContaining("did not run to the end in this build");

        Files.writeString(file, ProgressJson.render(SampleRun.progress(null, Set.of())));
        assertThatThrownBy(() -> FinalBoard.fresh(file, SampleRun.FINISHED.plusSeconds(60)))
                .as("a progress.json written a minute before this build started")
                .isInstanceOf(BuildStepFailure.class).hasMessageContaining("did not run to the end in this build");
        assertThat(FinalBoard.fresh(file, SampleRun.FINISHED.minusSeconds(5)).next().orElseThrow().exercise().id())
                .as("the next exercise of a progress.json written during this build").isEqualTo("03");
    }
}
