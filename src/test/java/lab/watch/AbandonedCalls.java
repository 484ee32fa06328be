package lab.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learner calls that a rerun gave up on. The lab bounds every learner call (see lab.steps.Learner) and fails its
 * step when the time is up, but a method that ignores interruption keeps its thread busy: in a JVM that lives as
 * long as the watcher, such threads would pile up and slow every rerun after. Once a rerun is over, any thread of
 * the lab's learner calls that is still inside the learner's code is stopped.
 */
final class AbandonedCalls {

    private static final String LEARNER_THREADS = "learner-code-";

    private AbandonedCalls() {
    }

    /** How long a stopped call is given to leave the learner's code. */
    private static final long LEAVE_MILLIS = 2_000;

    /**
     * Stops them, and returns once they have left the learner's code (or after 2 s); answers where each was, e.g.
     * {@code bookstore.BookRepository.find(BookRepository.java:42)}.
     */
    static List<String> stop() {
        List<String> stopped = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            learnerFrame(thread.getKey(), thread.getValue()).ifPresent(frame -> {
                stop(thread.getKey());
                threads.add(thread.getKey());
                stopped.add(frame.toString());
            });
        }
        long deadline = System.currentTimeMillis() + LEAVE_MILLIS;
        while (!threads.isEmpty() && System.currentTimeMillis() < deadline) {
            threads.removeIf(thread -> learnerFrame(thread, thread.getStackTrace()).isEmpty());
            Thread.onSpinWait();
        }
        return stopped;
    }

    private static Optional<StackTraceElement> learnerFrame(Thread thread, StackTraceElement[] stack) {
        if (!thread.getName().startsWith(LEARNER_THREADS)) {
            return Optional.empty();
        }
        return Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("bookstore.")).findFirst();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        try {
            // Interruption was already tried when the call's time ran out; this code has no lock the harness needs.
            thread.stop();
        } catch (UnsupportedOperationException newerJvm) {
            thread.interrupt();
        }
    }
}
