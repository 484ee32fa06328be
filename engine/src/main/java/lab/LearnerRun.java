package lab;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The learner's {@code mvn test}: every scenario under {@code features/} ({@link LabLaunch}, as the suite
 * {@value LabSettings#SUITE} that an IDE runs selects them), in a launch of its own, so that Surefire sees one run
 * instead of a failure per scenario (some eighty on the untouched stubs). What each scenario did is the board's to
 * say, which the build draws next (lab.report.FinalBoard), with the build's verdict in one line. Only a run that broke
 * (a container that failed, not a scenario) fails here. The solutions profile runs the suite itself, so there
 * Surefire lists failing scenarios as builds do.
 */
class LearnerRun {

    @Test
    void theLab() {
        List<Throwable> broken = new CopyOnWriteArrayList<>();
        LabLaunch.of(Path.of(LabSettings.FEATURES)).execute(new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isContainer() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                    result.getThrowable().ifPresent(broken::add);
                }
            }
        });
        if (!broken.isEmpty()) {
            AssertionError stopped = new AssertionError("The lab's run broke: " + broken.get(0).getMessage(), broken.get(0));
            stopped.setStackTrace(new StackTraceElement[0]);
            throw stopped;
        }
    }
}
