package lab.grading;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import lab.learner.LearnerClasspath;

/**
 * The class path a submission is compiled against and run on: this JVM's (the harness, its steps, the SDK,
 * Cucumber), less whatever entry holds the facilitator's own {@code bookstore} classes, stubs or solutions.
 */
public final class HarnessClasspath {

    private final List<String> entries;

    private HarnessClasspath(List<String> entries) {
        this.entries = entries;
    }

    public static HarnessClasspath ofThisJvm() {
        return new HarnessClasspath(LearnerClasspath.ofThisJvm().stream()
                .filter(entry -> !LearnerClasspath.holdsLearnerClasses(Path.of(entry)))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .toList());
    }

    /** The harness's class path entries with the submission's classes first. */
    public List<Path> entriesWith(Path submissionClasses) {
        List<Path> all = new java.util.ArrayList<>(List.of(submissionClasses.toAbsolutePath()));
        entries.forEach(entry -> all.add(Path.of(entry)));
        return all;
    }

    /** The harness's class path with the submission's classes first. */
    public String with(Path submissionClasses) {
        return submissionClasses.toAbsolutePath() + File.pathSeparator + String.join(File.pathSeparator, entries);
    }

    public String asString() {
        return String.join(File.pathSeparator, entries);
    }
}
