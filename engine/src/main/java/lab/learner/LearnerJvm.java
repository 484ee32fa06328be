package lab.learner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import lab.learner.agent.LearnerMethod;
import lab.learner.agent.Protocol;
import lab.learner.agent.ThrownFacts;
import lab.learner.agent.Wire;

/**
 * One learner JVM: a process running {@code LearnerAgent}, which the harness calls over its standard input and
 * output, one call at a time. A call past its limit kills the process; a process that ends under a call is told
 * apart as the learner's System.exit, running out of memory, or an end without a word (halt, crash, kill).
 */
final class LearnerJvm {

    /** What one call came to. {@code reusable}: the JVM may serve another call (it is alive and left no threads). */
    record Outcome(Object answer, ThrownFacts thrown, LearnerCallFailed failed, boolean reusable) {
    }

    private static final int TAIL_LINES = 12;

    private final Process process;
    private final DataOutputStream toJvm;
    private final DataInputStream fromJvm;
    private final String heap;
    private final Deque<String> lastWords = new ArrayDeque<>();
    private volatile boolean stoppedAtTheLimit;

    private LearnerJvm(Process process, String heap, PrintStream learnersOutput) {
        this.process = process;
        this.heap = heap;
        this.toJvm = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromJvm = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        Thread drain = new Thread(() -> relay(learnersOutput), "learner-jvm-" + process.pid() + "-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts one and returns once it is warm; an {@link IOException} that says why when it could not start. */
    static LearnerJvm start(List<String> command, String heap, PrintStream learnersOutput) throws IOException {
        Process process = new ProcessBuilder(command).start();
        LearnerJvm jvm;
        try {
            jvm = new LearnerJvm(process, heap, learnersOutput);
        } catch (OutOfMemoryError noThreadLeft) {
            // Learner code can use up the threads its user may have (a thread bomb): this JVM cannot be served.
            process.destroyForcibly();
            throw new IOException("A learner JVM could not be served: " + noThreadLeft.getMessage(), noThreadLeft);
        }
        try {
            byte first = jvm.fromJvm.readByte();
            if (first != Protocol.READY) {
                throw new IOException("it said " + first + " instead of READY");
            }
        } catch (IOException notStarted) {
            process.destroyForcibly();
            throw new IOException("A learner JVM did not start (" + String.join(" ", command.subList(0, 1)) + "): "
                    + notStarted.getMessage() + jvm.lastWords(), notStarted);
        }
        return jvm;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Calls the method, and kills this JVM if it has not answered by the limit. */
    Outcome call(Path learnerClasses, LearnerClientValues client, LearnerMethod method, Object[] arguments,
                 Duration limit, ScheduledExecutorService watchdog) {
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            stoppedAtTheLimit = true;
            process.destroyForcibly();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            send(learnerClasses, client, method, arguments);
            Outcome outcome = answer();
            boolean inTime = deadline.cancel(false);
            return inTime ? outcome : new Outcome(outcome.answer(), outcome.thrown(), outcome.failed(), false);
        } catch (IOException ended) {
            deadline.cancel(false);
            return new Outcome(null, null, ended(limit), false);
        }
    }

    private void send(Path learnerClasses, LearnerClientValues client, LearnerMethod method, Object[] arguments)
            throws IOException {
        toJvm.writeByte(Protocol.CALL);
        Wire.writeString(toJvm, learnerClasses.toString());
        Wire.writeString(toJvm, client.endpoint().toString());
        Wire.writeString(toJvm, client.region());
        Wire.writeString(toJvm, client.accessKeyId());
        Wire.writeString(toJvm, client.secretKey());
        Wire.writeString(toJvm, method.display());
        toJvm.writeInt(arguments.length);
        for (Object argument : arguments) {
            Wire.write(toJvm, argument);
        }
        toJvm.flush();
    }

    private Outcome answer() throws IOException {
        byte frame = fromJvm.readByte();
        switch (frame) {
            case Protocol.RETURNED: {
                Object answer = Wire.read(fromJvm);
                return new Outcome(answer, null, null, readLingering().isEmpty());
            }
            case Protocol.THREW: {
                ThrownFacts thrown = ThrownFacts.read(fromJvm);
                return new Outcome(null, thrown, null, readLingering().isEmpty());
            }
            case Protocol.OUT_OF_MEMORY: {
                String message = Wire.readNullable(fromJvm);
                process.destroyForcibly();
                return new Outcome(null, null, new LearnerCallFailed(LearnerCallFailed.Why.OUT_OF_MEMORY,
                        "ran out of memory (OutOfMemoryError: " + message + ") in the JVM that runs your code, whose heap is "
                                + heap + ": does it keep more than it needs, or add to a list without end?"), false);
            }
            case Protocol.EXITING: {
                String where = Wire.readString(fromJvm);
                return new Outcome(null, null, new LearnerCallFailed(LearnerCallFailed.Why.EXITED,
                        "called System.exit" + (where.isEmpty() ? "" : " (at " + where + ")") + ", which ended the JVM that "
                                + "runs your code" + status() + ": a method of the lab returns or throws, it never ends the JVM"),
                        false);
            }
            default:
                process.destroyForcibly();
                throw new IOException("unexpected frame " + frame);
        }
    }

    private List<String> readLingering() throws IOException {
        int count = fromJvm.readInt();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Wire.readString(fromJvm));
        }
        return names;
    }

    /** The JVM's end, told by how it ended. */
    private LearnerCallFailed ended(Duration limit) {
        if (stoppedAtTheLimit) {
            return new LearnerCallFailed(LearnerCallFailed.Why.OVERRAN, "did not return within " + CallLimit.seconds(limit) + " s");
        }
        return new LearnerCallFailed(LearnerCallFailed.Why.HALTED, "ended the JVM that runs your code without returning"
                + status() + ": Runtime.halt, a crash, or the process was killed" + lastWords());
    }

    private String status() {
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return " (exit status " + process.exitValue() + ")";
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private String lastWords() {
        synchronized (lastWords) {
            return lastWords.isEmpty() ? "" : ". Its last words:\n  " + String.join("\n  ", lastWords);
        }
    }

    /** What the learner's code prints goes on to this JVM's standard error; the last lines are kept for a crash's message. */
    private void relay(PrintStream learnersOutput) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                learnersOutput.println(line);
                synchronized (lastWords) {
                    lastWords.addLast(line);
                    while (lastWords.size() > TAIL_LINES) {
                        lastWords.removeFirst();
                    }
                }
            }
        } catch (IOException gone) {
            // The process ended.
        }
    }

    /** Ends this JVM: its standard input closes, and it is killed should it not leave at once. */
    void stop() {
        try {
            toJvm.close();
        } catch (IOException alreadyGone) {
            // Nothing to close.
        }
        process.destroyForcibly();
    }
}
