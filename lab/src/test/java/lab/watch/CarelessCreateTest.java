package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import lab.catalogue.Catalogue;
import lab.learner.CallLimit;
import lab.learner.LearnerClasspath;
import lab.learner.Learners;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import lab.run.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create that does not wait for the table to be ACTIVE fails exercise 01, as it would on the service, although
 * DynamoDB Local makes a table ACTIVE at once: the lab endpoint keeps a new table CREATING until the learner's code
 * asks how it is.
 */
class CarelessCreateTest {

    private static final String WAIT = "        awaitActive(TABLE_NAME);\n    }\n\n    /** Adds the global secondary index";

    @TempDir
    Path tree;

    @Test
    void aCreateThatReturnsWithoutWaitingFailsExerciseOneSayingSo() throws IOException {
        Path classes = compiledSolutionsWith(solution -> {
            assertThat(solution).as("the reference create() ends by waiting for the table").contains(WAIT);
            return solution.replace(WAIT, "    }\n\n    /** Adds the global secondary index");
        });
        try (Learners jvms = Learners.inLearnerJvms(CallLimit.configured())) {
            jvms.useClasses(classes);
            List<ScenarioResult> results = LabRun.current().withLearners(jvms, () -> new Rerun(Path.of("").toAbsolutePath())
                    .run(List.of(Catalogue.byId("01").orElseThrow())));
            assertThat(results).as("exercise 01's scenarios with a create that does not wait")
                    .anyMatch(result -> result.verdict() == Verdict.FAILED && result.message().contains("CREATING")
                            && result.message().contains("wait until it is ACTIVE"));
        }
    }

    /** The reference solutions, BooksTable.java changed as asked, compiled against the SDK alone. */
    private Path compiledSolutionsWith(java.util.function.UnaryOperator<String> change) throws IOException {
        Path sources = tree.resolve("src/bookstore");
        Files.createDirectories(sources);
        List<String> arguments = new ArrayList<>(List.of("-d", tree.resolve("classes").toString(), "-classpath",
                String.join(java.io.File.pathSeparator, LearnerClasspath.sdk())));
        try (Stream<Path> files = Files.list(Path.of("solutions/src/main/java/bookstore"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                Path copy = sources.resolve(file.getFileName());
                Files.writeString(copy, file.getFileName().toString().equals("BooksTable.java") ? change.apply(text) : text);
                arguments.add(copy.toString());
            }
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        assertThat(status).as("compiling the changed solutions").isZero();
        return tree.resolve("classes");
    }
}
