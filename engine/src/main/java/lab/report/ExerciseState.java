package lab.report;

/** Where an exercise stands after a run. */
public enum ExerciseState {
    /** Every scenario that ran passed. */
    DONE("done"),
    /** At least one scenario did not pass. */
    FAILING("failing"),
    /** Only some of its scenarios ran (a scenario chosen by FILE:LINE, or a tag), and each of them passed. */
    PARTIAL("partly run"),
    /** Every scenario was skipped: the backend cannot run them. */
    SKIPPED("skipped"),
    /** None of its scenarios ran (an exercise filter left it out). */
    NOT_RUN("not run");

    private final String word;

    ExerciseState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
