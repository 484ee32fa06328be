package lab.report;

/**
 * One scenario's result, as the reports need it.
 *
 * @param exerciseId the catalogue id of the exercise whose feature holds the scenario
 * @param name       the scenario's name
 * @param line       its line in the feature file
 * @param verdict    passed, failed or skipped
 * @param message    why it failed or was skipped, in the lab's words; null when it passed
 * @param tables     the tables the scenario left behind, or null when none were pictured
 */
public record ScenarioResult(String exerciseId, String name, int line, Verdict verdict, String message,
                             ScenarioTables tables) {

    /** The message's first line, for the board; empty when there is none. */
    public String headline() {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
