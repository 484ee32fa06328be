package lab.learner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import lab.learner.agent.LearnerMethod;

/**
 * The run's learner JVMs: warm ones wait for calls, each call takes one for itself, and gives it back unless the call
 * overran, ended it, or left threads running, in which case it is stopped (so no learner thread outlives its call)
 * and a fresh one is started in the background. The pool grows with the calls made at once, up to a most, and keeps
 * one warm spare. {@link #renew()} replaces every JVM that has run learner code by a fresh one: watch mode does so
 * after each rerun, so that the next save's code runs in JVMs that ran nothing before.
 */
public final class LearnerJvms implements AutoCloseable {

    /** How long a call waits for a learner JVM to start before it fails. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final LearnerJvmCommand command;
    private final int most;
    private final PrintStream learnersOutput;
    private final ExecutorService starter = Executors.newCachedThreadPool(daemon("learner-jvm-start"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("learner-jvm-watchdog"));
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<LearnerJvm> idle = new ArrayDeque<>();
    /** JVMs that have run learner code: the ones {@link #renew()} replaces. */
    private final Set<LearnerJvm> used = new HashSet<>();
    private final List<String> stopped = new ArrayList<>();
    private int starting;
    private int busy;
    private int waiting;
    private volatile int generation;
    private IOException lastStartFailure;
    private boolean closed;

    LearnerJvms(LearnerJvmCommand command, int most, PrintStream learnersOutput) {
        this.command = command;
        this.most = most;
        this.learnersOutput = learnersOutput;
    }

    /** The most JVMs it runs at once. */
    int most() {
        return most;
    }

    /** Starts JVMs in the background until this many are warm or starting. */
    public void prestart(int count) {
        lock.lock();
        try {
            while (idle.size() + starting + busy < Math.min(count, most)) {
                startOne();
            }
        } finally {
            lock.unlock();
        }
    }

    LearnerJvm.Outcome call(Path learnerClasses, LearnerClientValues client, LearnerMethod method, Object[] arguments,
                            Duration limit) {
        LearnerJvm jvm = lease();
        int leasedIn = generation;
        LearnerJvm.Outcome outcome = null;
        try {
            outcome = jvm.call(learnerClasses, client, method, arguments, limit, watchdog);
            return outcome;
        } finally {
            giveBack(jvm, leasedIn, outcome, method);
        }
    }

    /**
     * Stops every JVM that has run learner code and starts as many fresh ones in the background; a JVM still in a
     * call is stopped when the call ends.
     */
    public void renew() {
        lock.lock();
        try {
            generation++;
            int replaced = 0;
            for (LearnerJvm jvm : new ArrayList<>(idle)) {
                if (used.remove(jvm)) {
                    idle.remove(jvm);
                    jvm.stop();
                    replaced++;
                }
            }
            for (int i = 0; i < replaced && idle.size() + starting + busy < most; i++) {
                startOne();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The calls stopped since the last time this was asked, each as the method and why (watch mode says so). */
    public List<String> stoppedCalls() {
        lock.lock();
        try {
            List<String> said = List.copyOf(stopped);
            stopped.clear();
            return said;
        } finally {
            lock.unlock();
        }
    }

    /** The socket file at which sandboxed learner JVMs reach the lab endpoint; empty when they share its network. */
    public java.util.Optional<Path> endpointSocket() {
        return command.endpointSocket();
    }

    /** The process ids of the learner JVMs alive now, warm or busy. */
    public List<Long> alive() {
        lock.lock();
        try {
            List<Long> pids = new ArrayList<>();
            idle.forEach(jvm -> pids.add(jvm.pid()));
            used.stream().filter(LearnerJvm::alive).filter(jvm -> !idle.contains(jvm)).forEach(jvm -> pids.add(jvm.pid()));
            return pids;
        } finally {
            lock.unlock();
        }
    }

    private LearnerJvm lease() {
        lock.lock();
        try {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            waiting++;
            try {
                while (true) {
                    if (closed) {
                        throw new LearnerCallFailed(LearnerCallFailed.Why.NO_LEARNER_JVM, "could not run: the run is over");
                    }
                    LearnerJvm jvm = idle.pollFirst();
                    if (jvm != null && jvm.alive()) {
                        busy++;
                        used.add(jvm);
                        keepASpare();
                        return jvm;
                    }
                    if (jvm != null) {
                        used.remove(jvm);
                        continue;
                    }
                    if (lastStartFailure != null && starting == 0) {
                        IOException failure = lastStartFailure;
                        lastStartFailure = null;
                        throw new LearnerCallFailed(LearnerCallFailed.Why.NO_LEARNER_JVM, "could not run: " + failure.getMessage());
                    }
                    if (starting < waiting && starting + busy < most) {
                        startOne();
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new LearnerCallFailed(LearnerCallFailed.Why.NO_LEARNER_JVM, "could not run: no learner JVM "
                                + "was ready within " + START_LIMIT.toSeconds() + " s");
                    }
                    changed.awaitNanos(left);
                }
            } finally {
                waiting--;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LearnerCallFailed(LearnerCallFailed.Why.INTERRUPTED, "was interrupted");
        } finally {
            lock.unlock();
        }
    }

    private void giveBack(LearnerJvm jvm, int leasedIn, LearnerJvm.Outcome outcome, LearnerMethod method) {
        lock.lock();
        try {
            busy--;
            boolean reusable = outcome != null && outcome.reusable() && jvm.alive();
            if (outcome != null && outcome.failed() != null) {
                stopped.add(method.display() + " (" + outcome.failed().why().name().toLowerCase().replace('_', ' ') + ")");
            }
            if (reusable && leasedIn == generation && !closed) {
                idle.addFirst(jvm);
            } else {
                used.remove(jvm);
                jvm.stop();
                if (!closed && idle.size() + starting + busy < most && (leasedIn != generation || idle.isEmpty())) {
                    startOne();
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One warm JVM waits while the others are busy, so that the next call need not wait for a start. */
    private void keepASpare() {
        if (idle.isEmpty() && starting == 0 && busy < most) {
            startOne();
        }
    }

    /** Starts one JVM in the background; called with the lock held. */
    private void startOne() {
        starting++;
        try {
            starter.execute(this::startInTheBackground);
        } catch (RuntimeException | Error refused) {
            // No thread to start it on (learner code may have used up its user's threads): the waiting calls fail.
            starting--;
            lastStartFailure = new IOException("a learner JVM could not start: " + refused, refused);
            changed.signalAll();
        }
    }

    private void startInTheBackground() {
        LearnerJvm started = null;
        IOException failure = null;
        try {
            started = LearnerJvm.start(command.command(), LearnerJvmCommand.HEAP, learnersOutput);
        } catch (IOException notStarted) {
            failure = notStarted;
        } catch (RuntimeException | Error broken) {
            // Whatever went wrong (no thread left for this user, say), the calls waiting for it must hear of it.
            failure = new IOException("a learner JVM could not start: " + broken, broken);
        }
        lock.lock();
        try {
            starting--;
            if (started != null && !closed) {
                idle.addLast(started);
            } else if (started != null) {
                started.stop();
            } else {
                lastStartFailure = failure;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            idle.forEach(LearnerJvm::stop);
            used.forEach(LearnerJvm::stop);
            idle.clear();
            used.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        starter.shutdown();
        watchdog.shutdownNow();
        try {
            starter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        command.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
