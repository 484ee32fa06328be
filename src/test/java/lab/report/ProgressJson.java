package lab.report;

import java.io.IOException;
import java.util.Comparator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code target/kata/progress.json}: the board's facts for tools (schema in the README, "Reports"). */
public final class ProgressJson {

    /** Raised when the file's shape changes in a way a reader would notice. */
    public static final int SCHEMA = 1;

    private ProgressJson() {
    }

    public static String render(Progress progress) throws IOException {
        ObjectNode root = DynamoJson.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("finishedAt", progress.finishedAt().toString());
        ArrayNode selection = root.putArray("selection");
        progress.selection().stream().sorted(Comparator.naturalOrder()).forEach(selection::add);
        root.put("exercisesDone", progress.done());
        root.put("exercisesTotal", progress.exercises().size());
        root.put("points", progress.points());
        root.put("pointsTotal", progress.totalPoints());
        progress.next().ifPresentOrElse(next -> root.put("next", next.exercise().id()), () -> root.putNull("next"));
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseProgress exercise : progress.exercises()) {
            ObjectNode node = exercises.addObject();
            node.put("id", exercise.exercise().id());
            node.put("title", exercise.exercise().title());
            node.put("feature", exercise.exercise().feature());
            ArrayNode stubs = node.putArray("stubs");
            exercise.exercise().stubs().forEach(stubs::add);
            node.put("state", exercise.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            node.put("points", exercise.pointsEarned());
            node.put("pointsPossible", exercise.exercise().points());
            node.put("passed", exercise.count(Verdict.PASSED));
            node.put("failed", exercise.count(Verdict.FAILED));
            node.put("skipped", exercise.count(Verdict.SKIPPED));
            node.put("command", Commands.runExercise(exercise.exercise().id()));
            ArrayNode scenarios = node.putArray("scenarios");
            for (ScenarioResult scenario : exercise.scenarios()) {
                ObjectNode one = scenarios.addObject();
                one.put("name", scenario.name());
                one.put("line", scenario.line());
                one.put("verdict", scenario.verdict().word());
                if (scenario.message() != null) {
                    one.put("message", scenario.message());
                }
            }
        }
        return DynamoJson.MAPPER.writeValueAsString(root) + "\n";
    }
}
