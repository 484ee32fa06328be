package lab.report;

/** What became of one scenario, as the board counts it. */
public enum Verdict {
    /** Every step passed. */
    PASSED,
    /** A step failed, or is undefined, pending or ambiguous: the learner has something to do. */
    FAILED,
    /** Not run here, with a reason (the backend lacks what it needs). */
    SKIPPED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
