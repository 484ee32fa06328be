package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two graders side by side never hand one user id to two runs: a run's end stops every process of its id. */
class RunUidsTest {

    @Test
    void twoGradersTakeDifferentIdsAndAReleasedOneComesBack(@TempDir Path locks) {
        RunUids oneGrader = new RunUids(locks);
        RunUids another = new RunUids(locks);

        int first = oneGrader.take().orElseThrow();
        int second = another.take().orElseThrow();
        assertThat(second).as("the id a second grader gets while the first holds %d", first).isNotEqualTo(first);

        oneGrader.release(first);
        assertThat(another.take()).as("the id taken once the first grader released %d", first).contains(first);
    }

    /**
     * A second grader in the same JVM tries the ids in turn, the first one's among them: the system's lock on that id
     * belongs to the JVM, and must still keep a grader in another process off it.
     */
    @Test
    void anIdHeldInThisJvmStaysHeldForOtherProcessesWhenAnotherGraderHereTriesIt(@TempDir Path locks) throws Exception {
        RunUids oneGrader = new RunUids(locks);
        RunUids another = new RunUids(locks);
        int first = oneGrader.take().orElseThrow();
        int second = another.take().orElseThrow();

        assertThat(anotherProcessCanLock(locks.resolve(first + ".lock")))
                .as("whether a grader in another process could take id %d, which a grader here holds, after a second one"
                        + " here tried it and took %d", first, second).isFalse();
        oneGrader.release(first);
        another.release(second);
        assertThat(anotherProcessCanLock(locks.resolve(first + ".lock")))
                .as("whether a grader in another process can take id %d once it is released", first).isTrue();
    }

    /** Whether a JVM of its own can lock {@code file} now (and lets it go at once). */
    private static boolean anotherProcessCanLock(Path file) throws Exception {
        Path probe = Files.createTempFile("lock-probe", ".java");
        Files.writeString(probe, """
                public class Probe {
                    public static void main(String[] args) throws Exception {
                        try (var channel = java.nio.channels.FileChannel.open(java.nio.file.Path.of(args[0]),
                                java.nio.file.StandardOpenOption.WRITE)) {
                            System.out.print(channel.tryLock() == null ? "held" : "free");
                        }
                    }
                }
                """);
        try {
            Process java = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    probe.toString(), file.toString())).redirectErrorStream(true).start();
            String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(java.waitFor()).as("the probe's exit status (it said: %s)", said).isZero();
            return said.equals("free");
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    @Test
    void whenEveryIdIsHeldThereIsNone(@TempDir Path locks) {
        RunUids grader = new RunUids(locks);
        for (int i = 0; i < RunUids.COUNT; i++) {
            assertThat(grader.take()).as("id number %d", i + 1).isPresent();
        }
        assertThat(grader.take()).as("an id beyond the %d there are", RunUids.COUNT).isEmpty();
    }
}
