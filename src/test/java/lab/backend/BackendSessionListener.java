package lab.backend;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the run's backend when the JUnit Platform session ends, so that the test JVM exits promptly. */
public class BackendSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Backends.stop();
    }
}
