package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lab.learner.agent.LearnerAgent;
import lab.run.ProcessEnd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No JVM of the lab outlives the Maven that started it, however Maven ends: in a scratch copy of the project, watch
 * mode, serve and the lab's test run are each started with the README's command, and once each is running, Maven's own
 * JVM is killed (as an IDE's stop button or a {@code kill -9} does; Ctrl-C signals the whole terminal, which would not
 * show it). Every process Maven had started then ends (watch's, serve's or the test JVM, and their learner JVMs), and
 * serve's port stops answering.
 */
class EndsWithMavenTest {

    /** What shows the command is up: it then runs until stopped. */
    private static final long READY_LIMIT_MINUTES = 5;
    private static final long END_LIMIT_SECONDS = 30;
    /** The main class of Maven's own JVM, as its launcher script starts it on every OS. */
    private static final String MAVEN_MAIN = "org.codehaus.plexus.classworlds.launcher.Launcher";
    private static final Pattern SERVED_AT = Pattern.compile("endpoint +http://([^:/\\s]+):(\\d+)");

    @TempDir
    static Path scratch;
    private static ScratchProject project;

    @BeforeAll
    static void copyTheProject() throws IOException {
        project = ScratchProject.copiedTo(scratch);
    }

    /** Watch mode runs one exercise, not the lab, before it watches: what is tested here is how it ends. */
    @ParameterizedTest(name = "./mvnw -q {0}")
    @CsvSource(delimiter = '|', value = {
            "-Pserve | The lab endpoint serves your table until Ctrl-C | true",
            "-Pwatch -Dkata.exercise=01 | Watching src/main/java for saves | false",
    })
    void everyJvmMavenStartedEndsWhenMavenIsKilled(String command, String ready, boolean servesAPort) throws Exception {
        Path log = scratch.resolve("maven" + command.replace(' ', '_') + ".log");
        Process maven = project.start(log, command.split(" "));
        try {
            String output = awaitLine(maven, log, ready);
            Optional<InetSocketAddress> served = servedAt(output);
            assertThat(served.isPresent()).as("whether ./mvnw -q " + command + " said where it serves:\n" + ScratchProject.tail(output))
                    .isEqualTo(servesAPort);
            served.ifPresent(address -> assertThat(answers(address)).as("serve's lab endpoint, at " + address).isTrue());

            killMavenAndAwaitItsJvms(maven, "./mvnw -q " + command);
            served.ifPresent(address -> assertThat(answers(address))
                    .as("serve's lab endpoint, at " + address + ", after Maven's kill").isFalse());
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    /** The README's test command, killed while the lab runs: its test JVM, and the learner JVMs that one started. */
    @Test
    void theLabsTestJvmAndItsLearnerJvmsEndWhenMavenIsKilled() throws Exception {
        Process maven = project.start(scratch.resolve("maven-test.log"), "test", "-Dkata.exercise=02");
        try {
            awaitWhileMavenRuns(maven, "./mvnw -q test's lab started a learner JVM",
                    () -> maven.descendants().anyMatch(process -> commandLine(process).contains(LearnerAgent.class.getName())),
                    () -> "");
            killMavenAndAwaitItsJvms(maven, "./mvnw -q test");
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    /** Kills Maven's own JVM, then waits for every process it had started to end. */
    private static void killMavenAndAwaitItsJvms(Process maven, String command) throws Exception {
        ProcessHandle mavenJvm = Stream.concat(Stream.of(maven.toHandle()), maven.descendants())
                .filter(process -> commandLine(process).contains(MAVEN_MAIN))
                .findFirst().orElse(maven.toHandle());
        List<ProcessHandle> started = mavenJvm.descendants().toList();
        try {
            assertThat(started).as("the JVMs " + command + " started, running").isNotEmpty();
            mavenJvm.destroyForcibly();
            assertThat(mavenJvm.onExit().get(END_LIMIT_SECONDS, TimeUnit.SECONDS).isAlive()).as("Maven, killed").isFalse();
            for (ProcessHandle jvm : started) {
                assertThat(ProcessEnd.within(jvm, Duration.ofSeconds(END_LIMIT_SECONDS))).as("process " + jvm.pid() + " ("
                        + jvm.info().command().orElse("?") + "), started by " + command + ", ended within "
                        + END_LIMIT_SECONDS + " s of Maven's kill").isTrue();
            }
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    /** Maven's output up to the line that says the command is serving; fails if Maven ends or takes too long first. */
    private static String awaitLine(Process maven, Path log, String ready) throws InterruptedException {
        awaitWhileMavenRuns(maven, "Maven said \"" + ready + "\"", () -> output(log).contains(ready),
                () -> ScratchProject.tail(output(log)));
        return output(log);
    }

    /**
     * Waits until {@code done}; fails, with what Maven has {@code said} so far, if Maven ends first or it takes longer
     * than {@link #READY_LIMIT_MINUTES}.
     */
    private static void awaitWhileMavenRuns(Process maven, String what, BooleanSupplier done, Supplier<String> said)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(READY_LIMIT_MINUTES);
        while (!done.getAsBoolean()) {
            assertThat(maven.isAlive()).as("Maven, still running until " + what + ":\n" + said.get()).isTrue();
            assertThat(System.nanoTime()).as(what + " within " + READY_LIMIT_MINUTES + " minutes:\n" + said.get())
                    .isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** What Maven has written to {@code log} so far. */
    private static String output(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<InetSocketAddress> servedAt(String output) {
        Matcher endpoint = SERVED_AT.matcher(output);
        return endpoint.find() ? Optional.of(new InetSocketAddress(endpoint.group(1), Integer.parseInt(endpoint.group(2))))
                : Optional.empty();
    }

    private static boolean answers(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
