package lab.learner;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a run calls the learner's code, read once ({@link #fromSystemProperties()}) and handed down.
 *
 * @param mode    in learner JVMs or in this one ({@code -Dkata.learner})
 * @param limit   how long one call may take ({@code -Dkata.timeout})
 * @param classes the learner's classes the learner JVMs load ({@code -Dkata.learner.classes}, else those on this
 *                JVM's class path), or null where there are none
 * @param image   a learner JVM image to start them from ({@code -Dkata.learner.image}), or blank
 * @param sandbox the sandbox each learner JVM starts in ({@code -Dkata.learner.sandbox}: bubblewrap), or blank
 * @param processes the processes and threads of their user id the learner JVMs may reach
 *                ({@code -Dkata.learner.processes}, a judge's), or 0 for as many as this JVM may
 */
public record LearnerSettings(LearnerMode mode, Duration limit, Path classes, String image, String sandbox,
                              int processes) {

    /** The settings the system properties give; a malformed one is refused in one line. */
    public static LearnerSettings fromSystemProperties() {
        return new LearnerSettings(LearnerMode.configured(), CallLimit.configured(),
                LearnerClasspath.learnerClassesOfTheRun().orElse(null),
                System.getProperty(LearnerJvmImage.PROPERTY, "").trim(),
                System.getProperty(LearnerJvmCommand.SANDBOX_PROPERTY, "").trim(), LearnerJvmCommand.processesAllowed());
    }

    /** These settings, for the learner's classes in {@code folder} (a judge's submission). */
    public LearnerSettings withClasses(Path folder) {
        return new LearnerSettings(mode, limit, folder.toAbsolutePath(), image, sandbox, processes);
    }
}
