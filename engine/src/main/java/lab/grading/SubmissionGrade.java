package lab.grading;

import java.util.List;

/**
 * One learner's row of the gradebook, and the {@code result.json} in their report folder.
 *
 * @param learner         the submission folder's name
 * @param outcome         how the run ended
 * @param reason          one line that explains the outcome
 * @param flags           what the gradebook should warn about, e.g. {@code tampered: features/03_find_a_book.feature changed}
 * @param compileErrors   the compiler's errors, when it refused the sources
 * @param exercises       points per exercise, in catalogue order
 * @param scenarios       every planned scenario's result, with the first line of each failure
 * @param total           points earned
 * @param max             points possible on this backend
 * @param isolation       how the submission's JVM was kept apart ({@link Isolation#label()}); null in grades made
 *                        before it was recorded
 * @param durationSeconds the wall time it took to grade
 * @param gradedAt        when, ISO-8601
 */
public record SubmissionGrade(String learner, RunOutcome outcome, String reason, List<String> flags,
                              List<String> compileErrors, List<ExerciseScore> exercises,
                              List<ScenarioRecord> scenarios, double total, int max, String isolation,
                              double durationSeconds,
                              String gradedAt) {

    public boolean tampered() {
        return flags.stream().anyMatch(flag -> flag.startsWith(Flags.TAMPERED));
    }

    public ExerciseScore exercise(String id) {
        return exercises.stream().filter(score -> score.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No exercise " + id + " in " + learner + "'s grade"));
    }

    /** The words flags start with. */
    public static final class Flags {
        public static final String TAMPERED = "tampered";

        private Flags() {
        }
    }
}
