package lab.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import lab.learner.agent.LearnerMethod;
import lab.run.ProcessEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner JVM ends when the harness that started it ends, however it ends: here the harness is killed while the
 * learner's code spins in a call that ignores interruption, so the learner JVM is not reading the input whose end
 * would have told it, and must see for itself that the harness is gone.
 */
class LearnerJvmEndsWithItsHarnessTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASSPATH = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    private static final LearnerClientValues NOWHERE = new LearnerClientValues(URI.create("http://127.0.0.1:1"), "us-east-1", "k", "s");

    /** A delete that says it has begun, in the file it names, then spins for ever, deaf to interruption. */
    private static final String BOOKS_TABLE = """
            package bookstore;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
            public class BooksTable {
                public BooksTable(DynamoDbClient client) { }
                public void delete() throws Exception {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "spinning");
                    while (Math.random() < 2) { Thread.onSpinWait(); }
                }
            }
            """;

    /**
     * A harness: calls the learner's delete in a learner JVM with a call limit of ten minutes, and once the call spins,
     * says the pids of every process it started, then waits to be killed.
     */
    public static final class Harness {
        public static void main(String[] args) throws Exception {
            Path classes = Path.of(args[0]);
            Path spinning = Path.of(args[1]);
            Learners learners = Learners.inLearnerJvms(Duration.ofMinutes(10));
            learners.useClasses(classes);
            LearnerCode code = learners.inLearnerJvm(NOWHERE);
            Thread call = new Thread(() -> code.call(LearnerMethod.named("BooksTable.delete")), "the spinning call");
            call.setDaemon(true);
            call.start();
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(spinning) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            System.out.println(ProcessHandle.current().descendants().map(process -> String.valueOf(process.pid()))
                    .reduce((a, b) -> a + " " + b).orElse(""));
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    @Test
    void aLearnerJvmSpinningInACallEndsWhenItsHarnessIsKilled(@TempDir Path tree) throws Exception {
        Path spinning = tree.resolve("spinning");
        Path classes = compile(tree, BOOKS_TABLE.formatted(spinning.toString().replace("\\", "\\\\")));
        Process harness = new ProcessBuilder(JAVA, "-cp", CLASSPATH, Harness.class.getName(), classes.toString(), spinning.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<ProcessHandle> started = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8))) {
            String pids = out.readLine();
            assertThat(spinning).as("the file the learner's delete writes as it begins to spin").exists();
            Arrays.stream(pids.strip().split(" ")).filter(pid -> !pid.isEmpty())
                    .forEach(pid -> ProcessHandle.of(Long.parseLong(pid)).ifPresent(started::add));
            assertThat(started).as("the learner JVMs the harness started, running").isNotEmpty();
            harness.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle jvm : started) {
                assertThat(ProcessEnd.within(jvm, Duration.ofSeconds(20)))
                        .as("learner JVM " + jvm.pid() + " ended within 20 s of its harness's kill").isTrue();
            }
        } finally {
            harness.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static Path compile(Path tree, String booksTable) throws Exception {
        Path sources = tree.resolve("src/bookstore");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("BooksTable.java"), booksTable);
        Path classes = tree.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-classpath",
                String.join(File.pathSeparator, LearnerClasspath.sdk()), sources.resolve("BooksTable.java").toString());
        assertThat(status).as("compiling the spinning BooksTable").isZero();
        return classes;
    }
}
