package lab.grading;

/**
 * How a submission's run ended, and so how to read its row of the gradebook (its "verdict" column). Not a scenario's
 * verdict ({@link lab.report.Verdict}): a run that reached its end is GRADED whatever its scenarios' verdicts.
 */
public enum RunOutcome {
    /** The run reached its end: the points are what its scenarios earned. */
    GRADED("graded"),
    /** The learner's sources did not compile: nothing ran. */
    COMPILE_ERROR("compile error"),
    /** The folder holds no {@code bookstore} sources. */
    NO_SOURCES("no sources"),
    /** The run outlived the wall-time limit (a hang, an infinite loop) and was stopped. */
    TIME_LIMIT("time limit"),
    /** The JVM ended before the run did (System.exit, Runtime.halt). */
    EXITED("exited"),
    /** The JVM's folder outgrew its disk cap, and it was stopped. */
    DISK_LIMIT("disk limit"),
    /** The JVM ran out of its memory cap. */
    OUT_OF_MEMORY("out of memory"),
    /** The harness itself could not run the submission; the reason says what to do. */
    HARNESS_ERROR("harness error");

    private final String label;

    RunOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
