package lab.run;

import java.nio.file.Path;

import lab.backend.BackendSettings;
import lab.learner.LearnerSettings;

/**
 * What a run is started with, read once and handed down: its backend, how it calls the learner's code, and whether each
 * scenario's tables are pictured for the report. A learner's run and watch mode read them from the system properties
 * Maven passes; a judge makes one per submission ({@link #forSubmission}), so that nothing is set in its JVM's
 * properties between jobs.
 *
 * @param tablePictures whether each scenario's tables are pictured after it, for index.html and Books.json
 *                      ({@code -Dkata.snapshots}; watch mode and grading leave them out, for speed)
 */
public record RunSettings(BackendSettings backend, LearnerSettings learners, boolean tablePictures) {

    /** {@code -Dkata.snapshots=false} leaves out the pictures of each scenario's tables. */
    public static final String TABLE_PICTURES_PROPERTY = "kata.snapshots";

    /** The settings the system properties give; a malformed one is refused in one line. Tables are pictured. */
    public static RunSettings fromSystemProperties() {
        return fromSystemProperties(true);
    }

    /** The settings the system properties give, with tables pictured by default or not. */
    public static RunSettings fromSystemProperties(boolean picturesByDefault) {
        String pictures = System.getProperty(TABLE_PICTURES_PROPERTY, Boolean.toString(picturesByDefault)).trim();
        return new RunSettings(BackendSettings.fromSystemProperties(), LearnerSettings.fromSystemProperties(),
                !pictures.equalsIgnoreCase("false"));
    }

    /** These settings for one submission, on the store they name (a container judge's own), with its classes. */
    public RunSettings forSubmission(Path classes) {
        return new RunSettings(backend, learners.withClasses(classes), tablePictures);
    }

    /** These settings for one submission: the store at {@code endpoint}, under {@code namespace}, and its classes. */
    public RunSettings forSubmission(String endpoint, String namespace, Path classes) {
        return new RunSettings(backend.atEndpoint(endpoint, namespace), learners.withClasses(classes), tablePictures);
    }
}
