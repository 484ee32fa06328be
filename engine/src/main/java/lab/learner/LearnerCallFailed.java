package lab.learner;

/**
 * A call into the learner's code that could not finish: past its time limit, or the JVM it ran in ended under it.
 * Its message says what happened, in words a learner can act on, without the method's name (the caller adds it).
 */
public final class LearnerCallFailed extends RuntimeException {

    /** What stopped the call. */
    public enum Why {
        /** It did not return within the time limit; it was stopped. */
        OVERRAN,
        /** The learner's code called System.exit. */
        EXITED,
        /** The learner JVM ended without System.exit: Runtime.halt, a crash, or it was killed. */
        HALTED,
        /** The learner JVM ran out of memory. */
        OUT_OF_MEMORY,
        /** The harness's thread was interrupted while it waited. */
        INTERRUPTED,
        /** No learner JVM could be started. */
        NO_LEARNER_JVM
    }

    private final Why why;

    public LearnerCallFailed(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
