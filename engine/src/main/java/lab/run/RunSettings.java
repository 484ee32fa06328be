package lab.run;

import java.nio.file.Path;

import lab.backend.BackendSettings;
import lab.learner.LearnerSettings;

/**
 * What a run is started with, read once and handed down: its backend, and how it calls the learner's code. A learner's
 * run and watch mode read them from the system properties Maven passes; a judge makes one per submission
 * ({@link #forSubmission}), so that nothing is set in its JVM's properties between jobs.
 */
public record RunSettings(BackendSettings backend, LearnerSettings learners) {

    /** The settings the system properties give; a malformed one is refused in one line. */
    public static RunSettings fromSystemProperties() {
        return new RunSettings(BackendSettings.fromSystemProperties(), LearnerSettings.fromSystemProperties());
    }

    /** These settings for one submission, on the store they name (a container judge's own), with its classes. */
    public RunSettings forSubmission(Path classes) {
        return new RunSettings(backend, learners.withClasses(classes));
    }

    /** These settings for one submission: the store at {@code endpoint}, under {@code namespace}, and its classes. */
    public RunSettings forSubmission(String endpoint, String namespace, Path classes) {
        return new RunSettings(backend.atEndpoint(endpoint, namespace), learners.withClasses(classes));
    }
}
