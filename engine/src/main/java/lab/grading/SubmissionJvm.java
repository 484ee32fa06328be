package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import lab.catalogue.Catalogue;
import lab.learner.LearnerJvmCommand;
import lab.learner.LearnerJvmImage;
import lab.learner.LearnerMode;
import lab.run.RunSettings;
import lab.watch.Trees;

/**
 * Runs submissions in judge JVMs, in the batch's {@link Sandbox}: bounded in wall time, memory, processes, file size
 * and disk, in a folder of their own, with an environment that holds no AWS credentials or other secrets, pointed at
 * the batch's DynamoDB Local under a namespace of the submission's. Each grading thread keeps its judge warm for
 * several submissions under bubblewrap (see {@link #JOBS_PER_WARM_JUDGE}), and starts one for each elsewhere. A
 * submission's verdicts come on its judge's console, signed with its own key (see {@link VerdictChannel}); the rest
 * of the console, while it runs, goes to its {@code output.log}, cut off at a size a runaway print cannot outgrow.
 * Nothing it writes is read back but Cucumber's report, and only as a report.
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

    /**
     * What the judges' learner JVMs start from, made once for the batch while the first submissions compile: empty if it
     * could not be made, and then they start as in the lab, each from a copy of the agent.
     */
    private final FutureTask<Optional<Path>> learnerImage = new FutureTask<>(this::makeLearnerImage);

    /** Runs submissions until closed; a grader stopped meanwhile (Ctrl-C) stops the JVMs still running. */
    public SubmissionJvm(GradingSettings settings, HarnessClasspath classpath, Sandbox sandbox, SandboxLimits limits) {
        this.settings = settings;
        this.classpath = classpath;
        this.sandbox = sandbox;
        this.limits = limits;
        Runtime.getRuntime().addShutdownHook(stopWithTheGrader);
        // A thread of its own: the common pool may be busy with the very callers that will wait for it.
        Thread maker = new Thread(learnerImage, "make-learner-jvm-image");
        maker.setDaemon(true);
        maker.start();
    }

    private Optional<Path> learnerImage() throws InterruptedException {
        try {
            return learnerImage.get();
        } catch (ExecutionException notMade) {
            // Said where it was made.
            return Optional.empty();
        }
    }

    private Optional<Path> makeLearnerImage() {
        try {
            Path folder = sandbox.sharedFolder("learner-jvm");
            LearnerJvmImage.make(folder, sandbox.learnerImageTraining(folder)).ifPresent(why -> System.err.println(
                    "Learner JVMs start without a class-data archive, more slowly: " + why));
            return Optional.of(folder);
        } catch (RuntimeException | Error notMade) {
            // Without it learner JVMs start as in the lab: more slowly, no less safely.
            System.err.println("Learner JVMs start from copies of the agent, more slowly: " + notMade.getMessage());
            return Optional.empty();
        }
    }

    /** The batch is over: the grader's stopping is no longer this batch's concern. */
    @Override
    public void close() {
        allJudges.forEach(this::retire);
        // Its folder goes with the sandbox: let it be finished first (a batch of broken submissions starts no judge).
        try {
            learnerImage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * Submissions one judge grades in turn, under bubblewrap or in a container, before a fresh judge takes over. Only
     * there: under bubblewrap each learner JVM runs in a sandbox of its own that dies with it, and in a container as a
     * user of its own whose every process and file the judge removes after each job, so nothing a submission starts
     * outlives its turn. Under another isolation its processes would share the next submission's user id, so each
     * submission gets a fresh judge.
     * A fresh judge's first submission takes about twice a warm one's time (its start, Cucumber's discovery, C1's
     * warm-up), so a class of 50 on two cores needs no second judge per slot; what a judge keeps alive after a full
     * collection grows by about 3 MB a submission (13 MB after the first, 45-53 MB after twelve), far below its heap.
     */
    private static final int JOBS_PER_WARM_JUDGE = 25;
    private final ThreadLocal<WarmJudge> judges = new ThreadLocal<>();
    private final Set<WarmJudge> allJudges = ConcurrentHashMap.newKeySet();
    private final AtomicInteger judgesStarted = new AtomicInteger();

    /** Runs the submission's classes against the features; its log and report end up in {@code learnerFolder}. */
    public Exit run(Path learnerFolder, Path classes, URI endpoint, String namespace, Path features)
            throws InterruptedException {
        WarmJudge judge = judges.get();
        int jobsPerJudge = sandbox.isolation() == Isolation.BUBBLEWRAP || sandbox.isolation() == Isolation.CONTAINER
                ? JOBS_PER_WARM_JUDGE : 1;
        if (judge == null || !judge.process.isAlive() || judge.jobs >= jobsPerJudge) {
            if (judge != null) {
                retire(judge);
            }
            judge = startJudge(features);
            judges.set(judge);
        }
        judge.jobs++;
        Path jobFolder = judge.run.folder().resolve("jobs").resolve(namespace);
        Path jobInside = judge.run.inside().resolve("jobs").resolve(namespace);
        try {
            Trees.copy(classes, jobFolder.resolve("classes"));
            judge.run.makeItsOwn(jobFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand the judge the submission's classes: " + e.getMessage(), e);
        }
        String key = VerdictChannel.newKey();
        Path log = learnerFolder.resolve("output.log");
        WarmJudge.Job job;
        try {
            String store = sandbox.isolation() == Isolation.CONTAINER ? JudgeProtocol.OWN_STORE : endpoint.toString();
            job = judge.start(log, new JudgeProtocol.Job(key, namespace, store,
                    jobInside.resolve("classes").toString(), jobInside.resolve(REPORT).toString()));
        } catch (IOException e) {
            retire(judge);
            judges.remove();
            throw new UncheckedIOException("Cannot hand the judge its job: " + e.getMessage(), e);
        }
        boolean over = false;
        boolean diskFull = false;
        try {
            long deadline = System.nanoTime() + settings.timeLimit().toNanos();
            while (!over && judge.process.isAlive() && !diskFull && System.nanoTime() < deadline) {
                over = judge.awaitOver(job, Math.min(deadline, System.nanoTime()
                        + TimeUnit.MILLISECONDS.toNanos(DISK_CHECK_MILLIS)));
                diskFull = !over && judge.run.bytesUsed() > limits.folderBytes();
            }
            if (!over && !judge.process.isAlive()) {
                over = judge.awaitOver(job, System.nanoTime());
            }
        } catch (InterruptedException interrupted) {
            retire(judge);
            judges.remove();
            throw interrupted;
        }
        boolean alive = judge.process.isAlive();
        if (!over && alive) {
            stop(judge.process);
        }
        judge.finish(job);
        keepReport(jobFolder.resolve(REPORT), learnerFolder.resolve(REPORT));
        try {
            Trees.delete(jobFolder);
        } catch (IOException ignored) {
            // Removed with the judge's folder.
        }
        int status = over ? 0 : alive ? -1 : judge.process.exitValue();
        List<String> verdicts = judge.verdicts(job);
        if (!over) {
            retire(judge);
            judges.remove();
        }
        if (graderStopping || !over && !alive && stoppedWithTheGrader(status)) {
            throw new InterruptedException("the grader was stopped while " + namespace + " ran: it is not graded");
        }
        return new Exit(status, !over && alive && !diskFull, diskFull, tail(log), verdicts);
    }

    private WarmJudge startJudge(Path features) throws InterruptedException {
        Optional<Path> image = learnerImage();
        SandboxedRun run = sandbox.prepare("judge" + judgesStarted.incrementAndGet());
        Path home = run.inside().resolve("home");
        List<String> options = new ArrayList<>(List.of(
                "-Xmx" + settings.memory(),
                "-XX:MaxDirectMemorySize=64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+DisableAttachMechanism",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.home=" + home,
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-Dkata.backend=endpoint",
                "-Dkata.timeout=" + settings.learnerTimeoutSeconds(),
                // The gradebook shows no tables: picturing each scenario's would cost a Scan and JSON a scenario.
                "-D" + RunSettings.TABLE_PICTURES_PROPERTY + "=false",
                // The submission's code runs in learner JVMs only, never in the judge, even under a debugger.
                "-D" + LearnerMode.PROPERTY + "=" + LearnerMode.JVM.value(),
                // Under bubblewrap, each learner JVM gets a sandbox of its own inside this one: no network, the judge
                // out of sight.
                "-D" + LearnerJvmCommand.SANDBOX_PROPERTY + "=" + learnerSandbox(),
                // It runs in a folder of its own, not the kata's root: the facilitator's catalogue.
                "-D" + Catalogue.FILE_PROPERTY + "=" + run.show(Catalogue.file())));
        if (sandbox.isolation() == Isolation.CONTAINER) {
            // No network: the judge's store is a DynamoDB Local of its own, which its learner JVMs reach on the
            // container's loopback.
            options.replaceAll(option -> option.equals("-Dkata.backend=endpoint") ? "-Dkata.backend=embedded" : option);
        }
        SandboxLimits itsLimits = sandbox.forItsUser(limits, run.uid());
        if (sandbox.limitsProcesses()) {
            // Its learner JVMs all together may not take the processes the judge needs to go on.
            options.add("-D" + LearnerJvmCommand.PROCESSES_PROPERTY + "=" + itsLimits.learnerProcesses());
        }
        image.ifPresent(folder -> options.add("-D" + LearnerJvmImage.PROPERTY + "=" + run.showAtItsPath(folder)));
        JavaCommand command = new JavaCommand(JavaCommand.currentJava(), options, classpath.forTheJudge(),
                SubmissionRun.class.getName(), List.of(run.show(features).toString()));
        Map<String, String> environment = sandbox.judgeEnvironment(home);
        try {
            Process process = run.start(command, environment, itsLimits);
            live.add(process);
            WarmJudge judge = new WarmJudge(run, process);
            allJudges.add(judge);
            return judge;
        } catch (IOException e) {
            run.close();
            throw new UncheckedIOException("Cannot start a judge JVM: " + e.getMessage(), e);
        }
    }

    /**
     * Retires this thread's judge, if it has one, so that its next submission gets a fresh one: after a judge could not
     * do its job (its sandbox, or a learner JVM, failed to start).
     */
    public void replaceJudge() {
        WarmJudge judge = judges.get();
        if (judge != null) {
            retire(judge);
            judges.remove();
        }
    }

    /**
     * Where the judge starts each learner JVM: under bubblewrap, in a sandbox of its own inside the judge's (no
     * network, the judge out of sight); in a container, as a user of its own (the judge being the container's root),
     * who cannot read the judge's memory or files, or outlive its job; elsewhere, beside the judge.
     */
    private String learnerSandbox() {
        return switch (sandbox.isolation()) {
            case BUBBLEWRAP -> LearnerJvmCommand.BUBBLEWRAP;
            case CONTAINER -> LearnerJvmCommand.USER + ContainerEngine.LEARNER_UID;
            default -> "";
        };
    }

    private void retire(WarmJudge judge) {
        allJudges.remove(judge);
        live.remove(judge.process);
        stop(judge.process);
        judge.run.close();
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
