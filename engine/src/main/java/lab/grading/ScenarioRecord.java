package lab.grading;

import lab.report.ScenarioResult;
import lab.report.Verdict;

/**
 * What became of one scenario in one submission's run, as the submission's JVM reports it to the grader.
 *
 * @param exercise the catalogue id of the scenario's exercise ("03"), or null for a feature outside the catalogue
 * @param feature  the feature file's name ("03_find_a_book.feature")
 * @param line     the scenario's line in it (an example row's line, for a scenario outline)
 * @param scenario the scenario's name
 * @param status   {@link #PASSED}, {@link #FAILED}, {@link #SKIPPED} or {@link #NOT_RUN}
 * @param message  the first line of why it failed or was skipped; null when it passed
 */
public record ScenarioRecord(String exercise, String feature, int line, String scenario, String status,
                             String message) {

    // The lab's verdicts' own words, and one only grading has: a scenario the submission's run never reached.
    public static final String PASSED = Verdict.PASSED.word();
    public static final String FAILED = Verdict.FAILED.word();
    public static final String SKIPPED = Verdict.SKIPPED.word();
    public static final String NOT_RUN = "not run";

    /** The longest message a record carries: its first line, cut. */
    static final int MESSAGE_LIMIT = 500;

    /** The wire form of the lab's result of a scenario of {@code feature}: its verdict, and its message's first line. */
    public static ScenarioRecord of(ScenarioResult result, String feature) {
        String message = null;
        if (result.verdict() != Verdict.PASSED) {
            String first = result.headline();
            message = first.length() > MESSAGE_LIMIT ? first.substring(0, MESSAGE_LIMIT) + "…" : first;
        }
        return new ScenarioRecord(result.exerciseId(), feature, result.line(), result.name(), result.verdict().word(),
                message);
    }

    /** Identifies the scenario across the plan and the reports: feature file and line. */
    public String key() {
        return key(feature, line);
    }

    public static String key(String feature, int line) {
        return feature + ":" + line;
    }

    public boolean passed() {
        return PASSED.equals(status);
    }

    public boolean skipped() {
        return SKIPPED.equals(status);
    }
}
