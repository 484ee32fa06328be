package lab.grading;

/**
 * A scenario every submission is graded on.
 *
 * @param exercise    the catalogue id of its exercise
 * @param feature     its feature file's name
 * @param line        its line in the feature file
 * @param name        its name
 * @param skippedWhy  why this batch's backend cannot run it, or null when it can
 */
public record PlannedScenario(String exercise, String feature, int line, String name, String skippedWhy) {

    public String key() {
        return ScenarioRecord.key(feature, line);
    }

    public boolean skipped() {
        return skippedWhy != null;
    }
}
