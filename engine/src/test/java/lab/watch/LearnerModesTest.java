package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.learner.CallLimit;
import lab.learner.LearnerClasspath;
import lab.learner.LearnerMode;
import lab.learner.Learners;
import lab.run.LabRun;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The lab runs the same scenarios both ways: the learner's code (here, the reference solutions) in this JVM and in
 * learner JVMs. Exercises 01 and 09 judge what the store holds afterwards, not the recorded calls, which only the
 * in-process client records until the lab's endpoint does.
 */
class LearnerModesTest {

    private static final List<Exercise> TABLE_LIFE = Catalogue.EXERCISES.stream()
            .filter(exercise -> List.of("01", "09").contains(exercise.id())).toList();

    @Test
    void theSolutionsPassInLearnerJvms() {
        Path solutions = LearnerClasspath.learnerClassesOfThisJvm().orElseThrow();
        try (Learners jvms = Learners.inLearnerJvms(CallLimit.configured())) {
            jvms.useClasses(solutions);
            List<ScenarioResult> results = runWith(jvms);
            assertThat(results).as("exercises 01 and 09 with the learner's code in learner JVMs").hasSize(9)
                    .allMatch(result -> result.verdict() == Verdict.PASSED, "passed");
            assertThat(jvms.jvms().alive()).as("learner JVMs that served the calls, still warm").isNotEmpty();
        }
    }

    @Test
    void theSolutionsPassInThisJvm() {
        try (Learners inProcess = Learners.inThisJvm(CallLimit.configured())) {
            assertThat(inProcess.mode()).isEqualTo(LearnerMode.IN_PROCESS);
            List<ScenarioResult> results = runWith(inProcess);
            assertThat(results).as("exercises 01 and 09 with the learner's code in this JVM").hasSize(9)
                    .allMatch(result -> result.verdict() == Verdict.PASSED, "passed");
            assertThat(inProcess.startedJvms()).as("learner JVMs started in-process").isEmpty();
        }
    }

    private static List<ScenarioResult> runWith(Learners learners) {
        return LabRun.current().withLearners(learners, () -> new Rerun(Path.of("").toAbsolutePath()).run(TABLE_LIFE));
    }
}
