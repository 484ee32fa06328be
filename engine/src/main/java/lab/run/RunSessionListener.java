package lab.run;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the run's endpoint and backend when the JUnit Platform session ends, so that the test JVM exits promptly. */
public class RunSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        LabRun.stop();
    }
}
