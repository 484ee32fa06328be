package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import lab.backend.KataConfigurationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox on its own: a JVM started through it tries the facilitator's file, the grader's folder, the grader. */
class SandboxTest {

    /** What the sandboxed JVM runs: each attempt, and what came of it, a line each. */
    public static final class Intruder {
        public static void main(String[] args) {
            attempt("read", () -> Files.readString(Path.of(args[0])));
            attempt("write", () -> Files.writeString(Path.of(args[1]), "vandalised"));
            attempt("signal", () -> {
                ProcessHandle grader = ProcessHandle.current().parent().orElseThrow().parent().orElseThrow();
                if (!grader.destroyForcibly()) {
                    throw new IllegalStateException("not allowed");
                }
                return grader;
            });
            System.out.flush();
        }

        private interface Attempt {
            Object run() throws Exception;
        }

        private static void attempt(String what, Attempt attempt) {
            try {
                attempt.run();
                System.out.println(what + ": done");
            } catch (Exception | Error refused) {
                System.out.println(what + ": refused");
            }
        }
    }

    @Test
    void aSandboxedJvmCannotReadOrWriteTheGradersFiles(@TempDir Path temp) throws Exception {
        Path secret = Files.writeString(temp.resolve("credentials"), "aws_secret_access_key = facilitator");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path gradebook = Files.writeString(temp.resolve("gradebook.csv"), "learner,total\n");
        Sandbox strongest;
        try {
            strongest = Sandbox.strongestAvailable(System.getProperty(Sandbox.ISOLATION_PROPERTY, ""), line -> { });
        } catch (KataConfigurationException none) {
            Assumptions.abort("no isolation on this machine: " + none.getMessage());
            return;
        }
        try (Sandbox sandbox = strongest;
             SandboxedRun run = sandbox.prepare("intruder")) {
            Assumptions.assumeTrue(sandbox.isolation() != Isolation.NONE, "no isolation asked for");
            Path classes = Path.of(Intruder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            JavaCommand command = new JavaCommand(JavaCommand.currentJava(), List.of("-Xmx64m"), List.of(classes),
                    Intruder.class.getName(), List.of(secret.toString(), gradebook.toString()));
            Process process = run.start(command, sandbox.judgeEnvironment(Path.of("/tmp")), SandboxLimits.SUBMISSION);
            process.getOutputStream().close();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the intruder ended: %s", said).isTrue();
            assertThat(said.lines().toList()).as("what the intruder managed under %s", sandbox.isolation())
                    .containsExactly("read: refused", "write: refused", "signal: refused");
            assertThat(Files.readString(gradebook)).as("the gradebook after it").isEqualTo("learner,total\n");
            assertThat(ProcessHandle.current().isAlive()).isTrue();
        }
    }
}
