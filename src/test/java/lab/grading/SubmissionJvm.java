package lab.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import lab.catalogue.Catalogue;

/**
 * Runs one submission in a JVM of its own: bounded in wall time and memory, in its own working folder, with an
 * environment that holds no AWS credentials or other secrets, pointed at the batch's DynamoDB Local under a
 * namespace of its own. Its console goes to {@code output.log}, cut off at a size a runaway print cannot outgrow.
 */
public final class SubmissionJvm {

    /** What a JVM prints when {@code -XX:+ExitOnOutOfMemoryError} ends it. */
    static final String OUT_OF_MEMORY_MARK = "Terminating due to java.lang.OutOfMemoryError";

    private static final long LOG_LIMIT_BYTES = 2L * 1024 * 1024;
    /** Exit statuses of a JVM ended by SIGINT and by SIGTERM. */
    private static final int SIGINT_STATUS = 130;
    private static final int SIGTERM_STATUS = 143;

    /** JVMs still running, stopped if the grader itself is stopped (Ctrl-C). */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /** Set once the grader is stopping: a JVM it stops then is not the submission's doing, and is no grade. */
    private static volatile boolean graderStopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            graderStopping = true;
            LIVE.forEach(SubmissionJvm::stop);
        }, "stop-submissions"));
    }

    /** How the JVM ended. */
    public record Exit(int status, boolean timedOut, String outputTail) {

        public boolean outOfMemory() {
            return outputTail.contains(OUT_OF_MEMORY_MARK);
        }
    }

    private final GradingSettings settings;
    private final HarnessClasspath classpath;

    public SubmissionJvm(GradingSettings settings, HarnessClasspath classpath) {
        this.settings = settings;
        this.classpath = classpath;
    }

    public Exit run(Path workDir, Path classes, URI endpoint, String namespace, Path features, Path results,
                    Path report) throws InterruptedException {
        Path log = workDir.resolve("output.log");
        Path home = workDir.resolve("home");
        try {
            Files.createDirectories(home.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.memory(),
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-Dkata.backend=endpoint",
                "-Dkata.endpoint=" + endpoint,
                "-Dkata.namespace=" + namespace,
                "-Dkata.timeout=" + settings.learnerTimeoutSeconds(),
                // It runs in the submission's report folder, not the kata's root: the facilitator's catalogue.
                "-D" + Catalogue.FILE_PROPERTY + "=" + Catalogue.file().toAbsolutePath(),
                "-cp", classpath.with(classes),
                SubmissionRun.class.getName(),
                features.toAbsolutePath().toString(), results.toAbsolutePath().toString(),
                report.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.put("HOME", home.toString());
        environment.put("LANG", "C.UTF-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for the submission: " + e.getMessage(), e);
        }
        LIVE.add(process);
        Thread pump = new Thread(() -> copyBounded(process.getInputStream(), log), "output-" + namespace);
        pump.setDaemon(true);
        pump.start();
        try {
            boolean ended = process.waitFor(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                stop(process);
            }
            pump.join(Duration.ofSeconds(10).toMillis());
            if (graderStopping || ended && stoppedWithTheGrader(process.exitValue())) {
                throw new InterruptedException("the grader was stopped while " + namespace + " ran: it is not graded");
            }
            return new Exit(ended ? process.exitValue() : -1, !ended, tail(log));
        } catch (InterruptedException interrupted) {
            stop(process);
            throw interrupted;
        } finally {
            LIVE.remove(process);
        }
    }

    /**
     * Whether a JVM that a signal ended (Ctrl-C reaches the whole process group, the submission's JVM first perhaps)
     * went down with the grader, which then begins to stop within moments.
     */
    private static boolean stoppedWithTheGrader(int status) throws InterruptedException {
        if (status != SIGINT_STATUS && status != SIGTERM_STATUS) {
            return false;
        }
        for (int wait = 0; wait < 20 && !graderStopping; wait++) {
            Thread.sleep(100);
        }
        return graderStopping;
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the JVM's console to the log, up to the limit; the rest is read and dropped so the JVM never blocks. */
    private static void copyBounded(InputStream console, Path log) {
        byte[] buffer = new byte[8192];
        long written = 0;
        try (InputStream in = console; OutputStream out = Files.newOutputStream(log)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (written < LOG_LIMIT_BYTES) {
                    int kept = (int) Math.min(read, LOG_LIMIT_BYTES - written);
                    out.write(buffer, 0, kept);
                    written += kept;
                    if (written == LOG_LIMIT_BYTES) {
                        out.write("\n[output cut off here]\n".getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // The JVM was stopped mid-write: what reached the log is kept.
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
