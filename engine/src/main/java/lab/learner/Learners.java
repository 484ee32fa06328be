package lab.learner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import lab.backend.KataConfigurationException;
import lab.learner.agent.LearnerClients;
import lab.learner.agent.LearnerInvoker;

/**
 * The run's way of calling the learner's code: its {@link LearnerMode}, its time limit, and, in a learner JVM, the
 * run's pool of them. The run ({@code lab.run.LabRun}) owns them: made from its settings ({@link #configured}), or
 * lent by watch mode for its reruns.
 */
public final class Learners implements AutoCloseable {

    /**
     * Learner JVMs the pool keeps at most: one a core. Scenarios spend most of their time in the store, so that a few
     * warm JVMs serve eight scenarios at once; every JVM more costs a second of a core to start and warm up its own
     * SDK, which on two cores made the lab a third slower than with two.
     */
    static final int MOST_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Learner JVMs started with the run, warm by the time the first scenario calls the learner's code. */
    static final int STARTED_WITH_THE_RUN = 2;

    private final LearnerMode mode;
    private final Duration limit;
    private final LearnerSettings settings;
    private volatile Path learnerClasses;
    private BoundedCalls inThisJvm;
    private LearnerJvms jvms;

    private Learners(LearnerMode mode, Duration limit, Path learnerClasses, LearnerSettings settings) {
        this.mode = mode;
        this.limit = limit;
        this.settings = settings;
        this.learnerClasses = learnerClasses;
    }

    /** As the settings say; in learner JVMs, the first of them start at once, in the background. */
    public static Learners configured(LearnerSettings settings) {
        LearnerMode mode = settings.mode();
        Path classes = settings.classes();
        if (mode == LearnerMode.JVM && classes == null) {
            throw new KataConfigurationException("-D" + LearnerMode.PROPERTY + "=jvm runs your compiled classes in a JVM "
                    + "of their own, and this JVM's class path has no directory holding bookstore/BooksTable.class");
        }
        Learners learners = new Learners(mode, settings.limit(), classes, settings);
        if (mode == LearnerMode.JVM) {
            learners.jvms().prestart(STARTED_WITH_THE_RUN);
        }
        return learners;
    }

    /** Always in this JVM, with the learner's classes this JVM loads: for a debugger, and the lab's own tests. */
    public static Learners inThisJvm(Duration limit) {
        return new Learners(LearnerMode.IN_PROCESS, limit, null, null);
    }

    /** Always in learner JVMs, whose classes {@link #useClasses} sets: watch mode's. */
    public static Learners inLearnerJvms(Duration limit) {
        return new Learners(LearnerMode.JVM, limit, null, LearnerSettings.fromSystemProperties());
    }

    public LearnerMode mode() {
        return mode;
    }

    /** The learner's classes the calls after this one load (watch mode: each save's). */
    public void useClasses(Path classes) {
        this.learnerClasses = classes.toAbsolutePath();
    }

    /** The learner's code in this JVM, given these clients (the recorded ones). */
    public synchronized LearnerCode inThisJvm(LearnerClients client) {
        if (inThisJvm == null) {
            inThisJvm = new BoundedCalls(limit);
        }
        return new InProcessLearnerCode(new LearnerInvoker(Learners.class.getClassLoader()), client, inThisJvm);
    }

    /** The learner's code in a learner JVM, whose client is built from these values. */
    public LearnerCode inLearnerJvm(LearnerClientValues client) {
        Path classes = learnerClasses;
        if (classes == null) {
            throw new IllegalStateException("No learner classes to run yet");
        }
        return new JvmLearnerCode(jvms(), classes, client, limit);
    }

    /** The pool of learner JVMs, started on first use. */
    public synchronized LearnerJvms jvms() {
        if (jvms == null) {
            jvms = new LearnerJvms(LearnerJvmCommand.configured(learnerClasses, settings), MOST_AT_ONCE, System.err);
        }
        return jvms;
    }

    public synchronized Optional<LearnerJvms> startedJvms() {
        return Optional.ofNullable(jvms);
    }

    @Override
    public synchronized void close() {
        if (jvms != null) {
            jvms.close();
            jvms = null;
        }
        if (inThisJvm != null) {
            inThisJvm.close();
            inThisJvm = null;
        }
    }
}
