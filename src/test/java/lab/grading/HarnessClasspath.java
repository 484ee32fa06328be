package lab.grading;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
        // Surefire runs tests from a manifest-only jar and says where the real class path is.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new HarnessClasspath(Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !holdsBookstoreClasses(Path.of(entry)))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .toList());
    }

    private static boolean holdsBookstoreClasses(Path entry) {
        return Files.isDirectory(entry) && Files.exists(entry.resolve("bookstore").resolve("BooksTable.class"));
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
