package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lab.report.BoardStyle;
import lab.report.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's rounds, without a terminal: a tree of learner sources in a temporary folder, exercises pinned, each
 * round started by hand as a save would start it. They run real scenarios on the run's backend.
 */
class WatcherTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String BOOKS_TABLE = "bookstore/BooksTable.java";

    @TempDir
    Path tree;

    private Path sources;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private Watcher watcher;

    @BeforeEach
    void aSolvedTree() throws IOException {
        sources = tree.resolve("src/main/java");
        Trees.copy(ROOT.resolve("solutions/src/main/java"), sources);
    }

    @AfterEach
    void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void aCompileErrorIsShownAsTheCompilerSaysItAndTheNextSaveRunsAgain() throws IOException {
        watching("01");
        String solved = Files.readString(sources.resolve(BOOKS_TABLE));
        String create = "public void create() {";
        Files.writeString(sources.resolve(BOOKS_TABLE), solved.replace(create, create + "\n        int broken = ;"));
        long brokenLine = solved.substring(0, solved.indexOf(create)).lines().count() + 1;

        Watcher.Redraw refused = watcher.rerun("BooksTable.java changed", System.nanoTime());

        assertThat(refused.compiled()).as("a round on a tree that does not compile").isFalse();
        assertThat(screen()).as("what the learner sees")
                .contains("does not compile")
                .contains("BooksTable.java:" + brokenLine + ": error: illegal start of expression")
                .contains("int broken = ;")
                .doesNotContain("Exception");

        Files.writeString(sources.resolve(BOOKS_TABLE), solved);
        Watcher.Redraw fixed = watcher.rerun("BooksTable.java changed", System.nanoTime());

        assertThat(fixed.compiled()).as("the round after the error was mended").isTrue();
        assertThat(fixed.results()).as("exercise 01's scenarios after the mend").isNotEmpty()
                .allMatch(result -> result.verdict() == Verdict.PASSED, "passed");
    }

    @Test
    void aChangedClassIsUsedByTheNextRerun() throws IOException {
        watching("01");
        Watcher.Redraw solved = watcher.rerun("start", System.nanoTime());
        assertThat(solved.results()).as("exercise 01 on the solutions").isNotEmpty()
                .allMatch(result -> result.verdict() == Verdict.PASSED, "passed");

        Files.copy(ROOT.resolve("src/main/java").resolve(BOOKS_TABLE), sources.resolve(BOOKS_TABLE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Watcher.Redraw stubbed = watcher.rerun("BooksTable.java changed", System.nanoTime());

        assertThat(stubbed.results()).as("exercise 01 once BooksTable is the stub again").isNotEmpty()
                .allMatch(result -> result.verdict() == Verdict.FAILED, "failed")
                .anyMatch(result -> result.message().contains("BooksTable.create"));
        assertThat(screen()).as("the board redrawn after the second save").contains("Next: exercise 01");
    }

    @Test
    void aLearnerMethodThatHangsFailsItsScenariosAndItsJvmIsStoppedWithTheRerun() throws IOException {
        withTimeout("1", () -> {
            // Ignores interruption, which no JVM can stop from inside since Thread.stop is gone (JDK 20).
            String solved = deleteStartsWith("while (Math.random() < 2) { Thread.onSpinWait(); }");
            Watcher.Redraw hung = watcher.rerun("BooksTable.java changed", System.nanoTime());

            assertThat(hung.results()).as("exercise 09 with a delete that never returns").isNotEmpty()
                    .anyMatch(result -> result.verdict() == Verdict.FAILED
                            && result.message().contains("BooksTable.delete did not return within 1 s"));
            assertThat(screen()).as("what the watcher says after the rerun").contains("Stopped the learner JVM of")
                    .contains("BooksTable.delete (overran)");
            assertThat(spinning()).as("learner JVMs still running the learner's delete after the rerun").isEmpty();

            Files.writeString(sources.resolve(BOOKS_TABLE), solved);
            java.util.Set<ProcessHandle> ofTheHang = learnerJvms().collect(java.util.stream.Collectors.toSet());
            // A fresh learner JVM is cold and this limit is tight: that the round runs is what is asserted here.
            Watcher.Redraw mended = watcher.rerun("BooksTable.java changed", System.nanoTime());
            assertThat(mended.compiled()).as("the round after the hang compiled the mended tree").isTrue();
            assertThat(mended.results()).as("exercise 09 once delete is mended, in the same watcher").hasSize(hung.results().size());
            // Those the mended round started are left out, and so is a spare that only takes long to warm up on a
            // busy machine: a hung call spins on, sample after sample.
            assertThat(spinningThroughout(3)).as("learner JVMs of the hung round still spinning after the next rerun")
                    .filteredOn(ofTheHang::contains).isEmpty();
        });
    }

    @Test
    void systemExitInTheLearnersCodeFailsItsScenariosAndTheWatcherGoesOn() throws IOException {
        String solved = deleteStartsWith("System.exit(3);");
        Watcher.Redraw exited = watcher.rerun("BooksTable.java changed", System.nanoTime());

        assertThat(exited.results()).as("exercise 09 with a delete that calls System.exit").isNotEmpty()
                .anyMatch(result -> result.verdict() == Verdict.FAILED
                        && result.message().contains("BooksTable.delete called System.exit (at BooksTable.java:")
                        && result.message().contains("exit status 3"));

        Files.writeString(sources.resolve(BOOKS_TABLE), solved);
        assertThat(watcher.rerun("BooksTable.java changed", System.nanoTime()).results())
                .as("exercise 09 once delete is mended, in the same watcher").isNotEmpty()
                .allMatch(result -> result.verdict() == Verdict.PASSED, "passed");
    }

    /** Watches exercise 09 with {@code BooksTable.delete} starting with this line; answers the solved source. */
    private String deleteStartsWith(String line) throws IOException {
        watching("09");
        String solved = Files.readString(sources.resolve(BOOKS_TABLE));
        Files.writeString(sources.resolve(BOOKS_TABLE), solved.replace("public void delete() {",
                "public void delete() {\n        " + line));
        return solved;
    }

    /** The learner JVMs spinning in each of {@code samples} samples in a row (a spinning one spins on). */
    private static List<ProcessHandle> spinningThroughout(int samples) {
        List<ProcessHandle> spinning = spinning();
        for (int sample = 1; sample < samples && !spinning.isEmpty(); sample++) {
            List<ProcessHandle> still = spinning();
            spinning = spinning.stream().filter(still::contains).toList();
        }
        return spinning;
    }

    /**
     * Learner JVMs busy on a core: their CPU time grows by most of a pause (a warm, idle one's does not). Those started
     * in the last few seconds are left out: a fresh spare is busy warming up.
     */
    private static List<ProcessHandle> spinning() {
        java.util.Map<ProcessHandle, java.time.Duration> before = new java.util.HashMap<>();
        learnerJvms().forEach(child -> before.put(child, cpu(child)));
        try {
            Thread.sleep(600);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        java.time.Instant warmedUp = java.time.Instant.now().minusSeconds(3);
        return learnerJvms().filter(child -> child.isAlive() && before.containsKey(child))
                .filter(child -> child.info().startInstant().map(started -> started.isBefore(warmedUp)).orElse(true))
                .filter(child -> cpu(child).minus(before.get(child)).toMillis() >= 300)
                .toList();
    }

    private static java.util.stream.Stream<ProcessHandle> learnerJvms() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("LearnerAgent"));
    }

    private static java.time.Duration cpu(ProcessHandle child) {
        return child.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    private static void withTimeout(String seconds, IoAction body) throws IOException {
        String timeout = System.getProperty("kata.timeout");
        System.setProperty("kata.timeout", seconds);
        try {
            body.run();
        } finally {
            if (timeout == null) {
                System.clearProperty("kata.timeout");
            } else {
                System.setProperty("kata.timeout", timeout);
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void watching(String exercise) {
        watcher = new Watcher(new Watcher.Settings(ROOT, sources, tree.resolve("classes"), Set.of(exercise), Optional.empty(),
                WatchCommand.runSettings()),
                new PrintStream(screen, true, StandardCharsets.UTF_8), BoardStyle.PLAIN);
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }


}
