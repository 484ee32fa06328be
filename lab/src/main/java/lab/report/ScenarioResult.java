package lab.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * One scenario's result: what the board, progress.json, index.html and the grader's gradebook all show of it, made
 * from Cucumber's account of the scenario in one way ({@link #of}) wherever the scenario ran.
 *
 * @param exerciseId the catalogue id of the exercise whose feature holds the scenario; null outside the catalogue
 * @param name       the scenario's name
 * @param line       its line in the feature file
 * @param verdict    passed, failed or skipped
 * @param message    why it failed or was skipped, in the lab's words; null when it passed
 * @param tables     the tables the scenario left behind, or null when none were pictured
 */
public record ScenarioResult(String exerciseId, String name, int line, Verdict verdict, String message,
                             ScenarioTables tables) {

    /**
     * The one way a finished scenario becomes a result; its exercise is null for a feature outside the exercise
     * catalogue (the board leaves it out, the grader still tells it).
     */
    public static ScenarioResult of(TestCase scenario, Result result, ScenarioTables tables) {
        String exercise = Catalogue.byFeatureUri(scenario.getUri()).map(Exercise::id).orElse(null);
        return new ScenarioResult(exercise, scenario.getName(), scenario.getLocation().getLine(),
                verdict(result.getStatus()), message(result), tables);
    }

    /** How Cucumber's status counts: passed, skipped (with a reason), or failed (undefined and pending included). */
    private static Verdict verdict(Status status) {
        return switch (status) {
            case PASSED -> Verdict.PASSED;
            case SKIPPED -> Verdict.SKIPPED;
            default -> Verdict.FAILED;
        };
    }

    /** Why a scenario did not pass, in the lab's words; null when it passed. */
    private static String message(Result result) {
        Throwable error = result.getError();
        return switch (result.getStatus()) {
            case PASSED -> null;
            case UNDEFINED -> "A step of this scenario has no step definition: the lab's features and steps disagree.";
            case PENDING -> "A step of this scenario is still pending.";
            default -> error == null ? result.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                    : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        };
    }

    /** The message's first line, for the board; empty when there is none. */
    public String headline() {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
