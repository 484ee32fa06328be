package lab.grading;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import lab.learner.LearnerClasspath;

/**
 * The class paths of grading: the SDK a submission compiles against, and its judge's (this JVM's: the harness, its
 * steps, the SDK, Cucumber, less whatever entry holds the facilitator's own {@code bookstore} classes, stubs or
 * solutions).
 */
public final class HarnessClasspath {

    private final List<String> entries;
    private final List<String> kataClasses;

    private HarnessClasspath(List<String> entries, List<String> kataClasses) {
        this.entries = entries;
        this.kataClasses = kataClasses;
    }

    public static HarnessClasspath ofThisJvm() {
        List<String> all = LearnerClasspath.ofThisJvm().stream().map(entry -> Path.of(entry).toAbsolutePath().toString())
                .toList();
        return new HarnessClasspath(all.stream().filter(entry -> !LearnerClasspath.holdsLearnerClasses(Path.of(entry)))
                .toList(), all.stream().filter(entry -> LearnerClasspath.holdsLearnerClasses(Path.of(entry))).toList());
    }

    /**
     * The judge's class path: the harness's, with the kata's own {@code bookstore} classes (whose {@code Book} the
     * steps use), never the submission's: those load in learner JVMs alone, so that no code of theirs runs in the
     * process that makes their verdicts.
     */
    public List<Path> forTheJudge() {
        List<Path> all = new java.util.ArrayList<>();
        kataClasses.forEach(entry -> all.add(Path.of(entry)));
        entries.forEach(entry -> all.add(Path.of(entry)));
        return all;
    }

    /**
     * What a submission compiles against: the SDK alone, as Maven compiles the learner's own {@code src/main/java}, and
     * as their learner JVMs run them. (Against the whole harness, a class of Cucumber's or DynamoDB Local's would
     * compile here and fail there, and javac would read five times the jars.)
     */
    public String forTheSubmission() {
        return String.join(File.pathSeparator, LearnerClasspath.sdk());
    }
}
