package lab.grading;

/**
 * One exercise's points in one submission.
 *
 * @param id      the catalogue id
 * @param points  what the submission earned: the exercise's points times the share of its counted scenarios that passed
 * @param max     the exercise's points, or 0 when none of its scenarios can run on this backend
 * @param passed  counted scenarios that passed
 * @param counted scenarios that count: all of the exercise's, less those skipped for want of a backend capability
 * @param skipped scenarios skipped for want of a backend capability
 */
public record ExerciseScore(String id, double points, int max, int passed, int counted, int skipped) {

    /** Whether this backend can grade the exercise at all. */
    public boolean gradable() {
        return counted > 0;
    }

    /** Earned over possible, 0 … 1, for colouring; 0 when not gradable. */
    public double fraction() {
        return max == 0 ? 0 : points / max;
    }
}
