package lab.learner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** This JVM's class path, and which of its entries hold the learner's classes (stubs, solutions, or the learner's own). */
public final class LearnerClasspath {

    /** Names the directory of the learner's compiled classes, when they are not on this JVM's class path. */
    public static final String CLASSES_PROPERTY = "kata.learner.classes";

    /** The class path entries of the SDK and what it needs, as Maven lays them out (group ids as folders). */
    private static final List<String> SDK_ENTRIES = List.of("/software/amazon/awssdk/", "/software/amazon/eventstream/",
            "/org/reactivestreams/", "/org/slf4j/");

    private LearnerClasspath() {
    }

    /**
     * The AWS SDK's entries of this JVM's class path: what the learner's code is compiled against and runs with. Known
     * by their Maven paths; where the class path was laid out anew (a grading sandbox names its entries by number),
     * by the packages the jars hold.
     */
    public static List<String> sdk() {
        List<String> byPath = ofThisJvm().stream()
                .filter(entry -> SDK_ENTRIES.stream().anyMatch(entry.replace(File.separatorChar, '/')::contains)).toList();
        return !byPath.isEmpty() ? byPath : ofThisJvm().stream().filter(LearnerClasspath::holdsSdkPackages).toList();
    }

    private static boolean holdsSdkPackages(String entry) {
        if (!entry.endsWith(".jar")) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
            return jar.stream().map(java.util.zip.ZipEntry::getName)
                    .anyMatch(name -> SDK_ENTRIES.stream().anyMatch(sdk -> name.startsWith(sdk.substring(1))));
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }

    /** This JVM's class path entries; under Surefire, the real ones rather than its manifest-only jar. */
    public static List<String> ofThisJvm() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).toList();
    }

    /** Whether this entry is a directory of the learner's classes. */
    public static boolean holdsLearnerClasses(Path entry) {
        return Files.isDirectory(entry) && Files.exists(entry.resolve("bookstore").resolve("BooksTable.class"));
    }

    /** The directory of the learner's classes on this JVM's class path, if there is one. */
    public static Optional<Path> learnerClassesOfThisJvm() {
        return ofThisJvm().stream().map(Path::of).filter(LearnerClasspath::holdsLearnerClasses)
                .map(Path::toAbsolutePath).findFirst();
    }

    /**
     * The learner's classes the run's learner JVMs load: those {@code -Dkata.learner.classes} names (the grader's
     * judge, whose own class path holds the kata's), else those on this JVM's class path.
     */
    public static Optional<Path> learnerClassesOfTheRun() {
        String named = System.getProperty(CLASSES_PROPERTY, "").trim();
        return named.isEmpty() ? learnerClassesOfThisJvm() : Optional.of(Path.of(named).toAbsolutePath());
    }
}
