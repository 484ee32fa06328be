package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import lab.catalogue.Catalogue;
import lab.learner.CallLimit;
import lab.learner.LearnerClasspath;
import lab.learner.Learners;
import lab.report.ScenarioResult;
import lab.run.LabRun;

/**
 * A careless learner, made from the reference solutions: one of its files changed as a test asks, compiled against
 * the SDK alone, and run through the lab's scenarios as watch mode runs them.
 */
final class ChangedSolutions {

    private ChangedSolutions() {
    }

    /** The solutions with {@code file} (e.g. {@code BooksTable.java}) changed, compiled into {@code tree}. */
    static Path compiled(Path tree, String file, UnaryOperator<String> change) throws IOException {
        Path sources = tree.resolve("src/bookstore");
        Files.createDirectories(sources);
        List<String> arguments = new ArrayList<>(List.of("-d", tree.resolve("classes").toString(), "-classpath",
                String.join(File.pathSeparator, LearnerClasspath.sdk())));
        try (Stream<Path> files = Files.list(Path.of("solutions/src/main/java/bookstore"))) {
            for (Path original : files.toList()) {
                String text = Files.readString(original);
                Path copy = sources.resolve(original.getFileName());
                Files.writeString(copy, original.getFileName().toString().equals(file) ? change.apply(text) : text);
                arguments.add(copy.toString());
            }
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        assertThat(status).as("compiling the changed solutions").isZero();
        return tree.resolve("classes");
    }

    /** The scenarios of these exercises (of every exercise when none is named), run on {@code classes} in learner JVMs. */
    static List<ScenarioResult> run(Path classes, String... exercises) {
        try (Learners jvms = Learners.inLearnerJvms(CallLimit.configured())) {
            jvms.useClasses(classes);
            return LabRun.current().withLearners(jvms, () -> new Rerun(Path.of("").toAbsolutePath())
                    .run(Stream.of(exercises).map(id -> Catalogue.byId(id).orElseThrow()).toList()));
        }
    }
}
