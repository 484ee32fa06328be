package lab.report;

import java.util.List;

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
 * @param calls      the calls the learner's code made, as the lab endpoint recorded them, one line each; empty when
 *                   none were recorded
 */
public record ScenarioResult(String exerciseId, String name, int line, Verdict verdict, String message,
                             ScenarioTables tables, List<String> calls) {

    /** How many lines after a bare description the headline takes, at most, and how much of each. */
    private static final int FIGURE_LINES = 3;
    private static final int FIGURE_LINE_WIDTH = 120;

    /** The media type of the attachment that lists a scenario's calls, one line each (see {@code CallsMade}). */
    public static final String CALLS_MEDIA_TYPE = "text/x.lab-calls";

    public ScenarioResult {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    /** A result with no calls recorded. */
    public ScenarioResult(String exerciseId, String name, int line, Verdict verdict, String message, ScenarioTables tables) {
        this(exerciseId, name, line, verdict, message, tables, List.of());
    }

    /**
     * The one way a finished scenario becomes a result; its exercise is null for a feature outside the exercise
     * catalogue (the board leaves it out, the grader still tells it).
     */
    public static ScenarioResult of(TestCase scenario, Result result, ScenarioTables tables, List<String> calls) {
        String exercise = Catalogue.byFeatureUri(scenario.getUri()).map(Exercise::id).orElse(null);
        return new ScenarioResult(exercise, scenario.getName(), scenario.getLocation().getLine(),
                verdict(result.getStatus()), message(result), tables, calls);
    }

    /** How Cucumber's status counts: passed, skipped (with a reason), or failed (undefined and pending included). */
    private static Verdict verdict(Status status) {
        return switch (status) {
            case PASSED -> Verdict.PASSED;
            case SKIPPED -> Verdict.SKIPPED;
            default -> Verdict.FAILED;
        };
    }

    /** A line of a message the reports keep at most: the figures stand first, a collection's dump is cut. */
    static final int LINE_LIMIT = 400;
    /** Lines of a message the reports keep at most. */
    static final int LINES_LIMIT = 24;

    /** Why a scenario did not pass, in the lab's words, kept short; null when it passed. */
    private static String message(Result result) {
        String message = fullMessage(result);
        return message == null ? null : abbreviated(message);
    }

    /**
     * The message, each line at most {@link #LINE_LIMIT} characters and at most {@link #LINES_LIMIT} lines, saying
     * how much was left out: an assertion's dump of 300 books says its figures first, and the rest is not read.
     */
    static String abbreviated(String message) {
        List<String> lines = message.lines().toList();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < Math.min(lines.size(), LINES_LIMIT); i++) {
            String line = lines.get(i);
            kept.append(i == 0 ? "" : "\n").append(line.length() <= LINE_LIMIT ? line
                    : line.substring(0, LINE_LIMIT) + " … (" + (line.length() - LINE_LIMIT) + " more characters)");
        }
        if (lines.size() > LINES_LIMIT) {
            kept.append("\n… (").append(lines.size() - LINES_LIMIT).append(" more lines)");
        }
        return kept.toString();
    }

    private static String fullMessage(Result result) {
        Throwable error = result.getError();
        return switch (result.getStatus()) {
            case PASSED -> null;
            case UNDEFINED -> "A step of this scenario has no step definition: the lab's features and steps disagree.";
            case PENDING -> "A step of this scenario is still pending.";
            default -> error == null ? result.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                    : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        };
    }

    /**
     * The message's first line, for the board; empty when there is none. Where that line is only an assertion's
     * description ({@code [how many books the Books table holds]}), the lines that say the figures come after it, up
     * to the one that says what was found ("but was: 4"), each cut short, never the collection they may go on to list.
     */
    public String headline() {
        if (message == null) {
            return "";
        }
        List<String> lines = message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder headline = new StringBuilder(lines.get(0));
        if (lines.get(0).matches("\\[.*]")) {
            for (String line : lines.subList(1, Math.min(lines.size(), 1 + FIGURE_LINES))) {
                String said = line.endsWith(" in:") ? line.substring(0, line.length() - " in:".length()) : line;
                headline.append(' ').append(said.length() > FIGURE_LINE_WIDTH
                        ? said.substring(0, FIGURE_LINE_WIDTH) + "..." : said);
                if (line.contains("but was") || line.contains("but found") || line.endsWith(" in:")) {
                    break;
                }
            }
        }
        return headline.toString();
    }
}
