package lab.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Stops them; answers where each was, e.g. {@code bookstore.BookRepository.find(BookRepository.java:42)}. */
    static List<String> stop() {
        List<String> stopped = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (!thread.getKey().getName().startsWith(LEARNER_THREADS)) {
                continue;
            }
            for (StackTraceElement frame : thread.getValue()) {
                if (frame.getClassName().startsWith("bookstore.")) {
                    stop(thread.getKey());
                    stopped.add(frame.toString());
                    break;
                }
            }
        }
        return stopped;
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
