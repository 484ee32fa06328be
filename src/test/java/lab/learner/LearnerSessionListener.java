package lab.learner;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the run's learner JVMs when the JUnit Platform session ends. */
public class LearnerSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Learners.stop();
    }
}
