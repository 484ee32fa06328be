package lab.steps;

import io.cucumber.java.BeforeAll;
import lab.run.LabRun;

/**
 * Before the first scenario: the run's settings are read, its first learner JVMs started (where the learner's code
 * runs in them, they warm up while the backend starts) and its backend started, once. A setting that cannot work
 * stops the whole run here with its one line, rather than failing every scenario with the same line.
 */
public final class StartOfRun {

    private StartOfRun() {
    }

    @BeforeAll
    public static void readTheSettingsAndStartTheBackend() {
        LabRun.withLearnersStartedFirst();
    }
}
