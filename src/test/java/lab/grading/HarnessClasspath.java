package lab.grading;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import lab.learner.LearnerClasspath;

/**
 * The class path a submission is compiled against (this JVM's: the harness, its steps, the SDK, Cucumber, less
 * whatever entry holds the facilitator's own {@code bookstore} classes, stubs or solutions), and its judge's.
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

    public String asString() {
        return String.join(File.pathSeparator, entries);
    }
}
