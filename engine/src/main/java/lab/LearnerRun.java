package lab;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The learner's {@code mvn test}: the suite {@value LabSettings#SUITE} (in the learner's module: src/test/java), run in a launcher of its own, so that Surefire
 * sees one run instead of a failure per scenario (some eighty on the untouched stubs). What each scenario did is the
 * board's to say, which the build draws next (lab.report.FinalBoard), with the build's verdict in one line. Only a run
 * that broke (a container that failed, not a scenario) fails here. The solutions profile runs the suite itself, so
 * there Surefire lists failing scenarios as builds do.
 */
class LearnerRun {

    /**
     * JUnit's logger for discovery notices: Cucumber's engine says, on every run with {@code -Dcucumber.features}, that
     * the property is "a work around" and asks for sponsorship, fourteen lines a learner has no use for.
     */
    private static final String DISCOVERY_NOTICES = "org.junit.platform.launcher.core.DiscoveryIssueNotifier";

    @Test
    void theLab() {
        java.util.logging.Logger notices = java.util.logging.Logger.getLogger(DISCOVERY_NOTICES);
        notices.setLevel(java.util.logging.Level.SEVERE);
        List<Throwable> broken = new CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(LabSettings.SUITE))
                .filters(EngineFilter.includeEngines("junit-platform-suite"))
                .build(), new TestExecutionListener() {
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
        // The logging system keeps loggers weakly: this one keeps its level for as long as the run lasts.
        java.lang.ref.Reference.reachabilityFence(notices);
    }
}
