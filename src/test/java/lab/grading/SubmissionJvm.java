package lab.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import lab.catalogue.Catalogue;
import lab.learner.LearnerClasspath;
import lab.learner.LearnerJvmCommand;
import lab.learner.LearnerMode;
import lab.steps.TablePictures;

/**
 * Runs one submission in a JVM of its own, in the batch's {@link Sandbox}: bounded in wall time, memory, processes,
 * file size and disk, in a folder of its own, with an environment that holds no AWS credentials or other secrets,
 * pointed at the batch's DynamoDB Local under a namespace of its own. Its verdicts come on its console, signed (see
 * {@link VerdictChannel}); the rest of its console goes to {@code output.log}, cut off at a size a runaway print
 * cannot outgrow. Nothing it writes is read back but Cucumber's report, and only as a report.
 * <p>
 * The judge (the lab's steps) runs on the kata's own {@code bookstore} classes; the submission's classes are loaded by
 * its learner JVMs alone ({@code -Dkata.learner.classes}), which it starts inside the same sandbox, and under bubblewrap
 * each in a sandbox of its own within it ({@code -Dkata.learner.sandbox}).
 */
public final class SubmissionJvm implements AutoCloseable {

    /** What a JVM prints when {@code -XX:+ExitOnOutOfMemoryError} ends it. */
    static final String OUT_OF_MEMORY_MARK = "Terminating due to java.lang.OutOfMemoryError";
    static final String REPORT = "report.html";

    private static final long DISK_CHECK_MILLIS = 500;
    /** Exit statuses of a JVM ended by SIGINT and by SIGTERM. */
    private static final int SIGINT_STATUS = 130;
    private static final int SIGTERM_STATUS = 143;


    /** How the JVM ended, and the verdicts it told. */
    public record Exit(int status, boolean timedOut, boolean diskFull, String outputTail, List<String> verdicts) {

        public boolean outOfMemory() {
            return outputTail.contains(OUT_OF_MEMORY_MARK);
        }
    }

    private final GradingSettings settings;
    private final HarnessClasspath classpath;
    private final Sandbox sandbox;
    private final SandboxLimits limits;
    /** JVMs still running, stopped if the grader itself is stopped (Ctrl-C). */
    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    /** Set once the grader is stopping: a JVM it stops then is not the submission's doing, and is no grade. */
    private volatile boolean graderStopping;
    private final Thread stopWithTheGrader = new Thread(() -> {
        graderStopping = true;
        live.forEach(SubmissionJvm::stop);
    }, "stop-submissions");

    /** Runs submissions until closed; a grader stopped meanwhile (Ctrl-C) stops the JVMs still running. */
    public SubmissionJvm(GradingSettings settings, HarnessClasspath classpath, Sandbox sandbox, SandboxLimits limits) {
        this.settings = settings;
        this.classpath = classpath;
        this.sandbox = sandbox;
        this.limits = limits;
        Runtime.getRuntime().addShutdownHook(stopWithTheGrader);
    }

    /** The batch is over: the grader's stopping is no longer this batch's concern. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopWithTheGrader);
        } catch (IllegalStateException stoppingAlready) {
            // The hook is running or has run: it is the one stopping the JVMs.
        }
    }

    public Isolation isolation() {
        return sandbox.isolation();
    }

    public SandboxLimits limits() {
        return limits;
    }

    /** Runs the submission's classes against the features; its log and report end up in {@code learnerFolder}. */
    public Exit run(Path learnerFolder, Path classes, URI endpoint, String namespace, Path features)
            throws InterruptedException {
        try (SandboxedRun run = sandbox.prepare(namespace)) {
            Path home = run.inside().resolve("home");
            JavaCommand command = new JavaCommand(JavaCommand.currentJava(), List.of(
                    "-Xmx" + settings.memory(),
                    "-XX:MaxDirectMemorySize=64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-XX:+DisableAttachMechanism",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Duser.home=" + home,
                    "-Djava.io.tmpdir=" + home.resolve("tmp"),
                    "-Dkata.backend=endpoint",
                    "-Dkata.endpoint=" + endpoint,
                    "-Dkata.timeout=" + settings.learnerTimeoutSeconds(),
                    // The gradebook shows no tables: picturing each scenario's would cost a Scan and JSON a scenario.
                    "-D" + TablePictures.PROPERTY + "=false",
                    // The submission's code runs in learner JVMs only, never in the judge, even under a debugger.
                    "-D" + LearnerMode.PROPERTY + "=" + LearnerMode.JVM.value(),
                    "-D" + LearnerClasspath.CLASSES_PROPERTY + "=" + run.show(classes),
                    // Under bubblewrap, each learner JVM gets a sandbox of its own inside this one: no network, the
                    // judge out of sight.
                    "-D" + LearnerJvmCommand.SANDBOX_PROPERTY + "="
                            + (sandbox.isolation() == Isolation.BUBBLEWRAP ? LearnerJvmCommand.BUBBLEWRAP : ""),
                    // It runs in a folder of its own, not the kata's root: the facilitator's catalogue.
                    "-D" + Catalogue.FILE_PROPERTY + "=" + run.show(Catalogue.file())),
                    classpath.forTheJudge(), SubmissionRun.class.getName(),
                    List.of(run.show(features).toString(), run.inside().resolve(REPORT).toString()));
            Map<String, String> environment = Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", home.toString(),
                    "LANG", "C.UTF-8");
            Process process;
            try {
                process = run.start(command, environment, limits);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start a JVM for the submission: " + e.getMessage(), e);
            }
            live.add(process);
            try {
                return watch(process, run, learnerFolder, namespace);
            } finally {
                live.remove(process);
                keepReport(run.folder().resolve(REPORT), learnerFolder.resolve(REPORT));
            }
        }
    }

    private Exit watch(Process process, SandboxedRun run, Path learnerFolder, String namespace)
            throws InterruptedException {
        String key = VerdictChannel.newKey();
        Path log = learnerFolder.resolve("output.log");
        Console console = new Console(process.getInputStream(), log, new VerdictChannel.Verifier(key));
        Thread pump = new Thread(console::copy, "output-" + namespace);
        pump.setDaemon(true);
        pump.start();
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((key + "\n" + namespace + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException endedAlready) {
                // It ended before it read them: it reports nothing, and its exit says why.
            }
            long deadline = System.nanoTime() + settings.timeLimit().toNanos();
            boolean ended = false;
            boolean diskFull = false;
            while (!ended && !diskFull && System.nanoTime() < deadline) {
                ended = process.waitFor(DISK_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                diskFull = !ended && run.bytesUsed() > limits.folderBytes();
            }
            if (!ended) {
                stop(process);
            }
            pump.join(Duration.ofSeconds(10).toMillis());
            if (graderStopping || ended && stoppedWithTheGrader(process.exitValue())) {
                throw new InterruptedException("the grader was stopped while " + namespace + " ran: it is not graded");
            }
            return new Exit(ended ? process.exitValue() : -1, !ended && !diskFull, diskFull, tail(log),
                    console.verdicts());
        } catch (InterruptedException interrupted) {
            stop(process);
            throw interrupted;
        }
    }

    /** Cucumber's report, if the run left one: a plain file of bounded size, never what a link points at. */
    private void keepReport(Path made, Path kept) {
        try {
            if (Files.isRegularFile(made, LinkOption.NOFOLLOW_LINKS) && Files.size(made) <= limits.fileBytes()) {
                Files.copy(made, kept, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException notKept) {
            // The report is a convenience: the grade does not depend on it.
        }
    }

    /**
     * Whether a JVM that a signal ended (Ctrl-C reaches the whole process group, the submission's JVM first perhaps)
     * went down with the grader, which then begins to stop within moments.
     */
    private boolean stoppedWithTheGrader(int status) throws InterruptedException {
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
