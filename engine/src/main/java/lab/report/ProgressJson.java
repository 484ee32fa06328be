package lab.report;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code target/kata/progress.json}: the board's facts for tools (schema in the README, "Reports"). It holds every
 * scenario's result, so that a board can be drawn again from it, outside the JVM that ran the scenarios.
 */
public final class ProgressJson {

    public static final String FILE = "progress.json";

    /** Raised when the file's shape changes in a way a reader would notice. */
    public static final int SCHEMA = 2;

    private ProgressJson() {
    }

    public static String render(Progress progress) throws IOException {
        ObjectNode root = DynamoJson.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("finishedAt", progress.finishedAt().toString());
        ArrayNode selection = root.putArray("selection");
        progress.selection().stream().sorted(Comparator.naturalOrder()).forEach(selection::add);
        root.put("scenarios", progress.scenarios());
        if (progress.fingerprint() != null) {
            root.put("codeFingerprint", progress.fingerprint());
        }
        if (progress.stubsLeft() != null) {
            ArrayNode stubsLeft = root.putArray("stubsLeft");
            progress.stubsLeft().stream().sorted().forEach(stubsLeft::add);
        }
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
            node.put("scenariosPlanned", exercise.planned());
            if (exercise.earlier() != null) {
                ObjectNode earlier = node.putObject("earlierRun");
                earlier.put("ranAt", exercise.earlier().ranAt().toString());
                if (exercise.earlier().fingerprint() != null) {
                    earlier.put("codeFingerprint", exercise.earlier().fingerprint());
                }
                earlier.put("sameCode", exercise.earlier().sameCode());
            }
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

    /**
     * The run a progress.json describes, as far as the board needs it (the tables' pictures are not in it).
     * Scenarios of exercises the catalogue no longer has are left out.
     *
     * @throws IllegalArgumentException in one line, when the text is not a progress.json of this schema
     */
    public static Progress read(String json) {
        JsonNode root;
        try {
            root = DynamoJson.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            throw new IllegalArgumentException("it is not JSON: " + unreadable.getOriginalMessage());
        }
        if (root == null || root.path("schema").asInt(-1) != SCHEMA) {
            // Schema 1 had no feature sizes, no earlier runs and no fingerprint: a board cannot be drawn from it alone.
            throw new IllegalArgumentException("it is not a progress.json of schema " + SCHEMA);
        }
        Instant finishedAt;
        try {
            finishedAt = Instant.parse(root.path("finishedAt").asText());
        } catch (DateTimeParseException unparsable) {
            throw new IllegalArgumentException("its finishedAt is not an instant: " + root.path("finishedAt"));
        }
        Set<String> selection = new HashSet<>();
        root.path("selection").forEach(id -> selection.add(id.asText()));
        String fingerprint = root.hasNonNull("codeFingerprint") ? root.get("codeFingerprint").asText() : null;
        List<ExerciseProgress> exercises = new ArrayList<>();
        for (Exercise exercise : Catalogue.EXERCISES) {
            JsonNode node = exerciseNode(root, exercise.id());
            List<ScenarioResult> results = new ArrayList<>();
            for (JsonNode scenario : node.path("scenarios")) {
                results.add(new ScenarioResult(exercise.id(), scenario.path("name").asText(), scenario.path("line").asInt(),
                        verdict(scenario.path("verdict").asText()),
                        scenario.hasNonNull("message") ? scenario.get("message").asText() : null, null));
            }
            results.sort(Comparator.comparingInt(ScenarioResult::line).thenComparing(ScenarioResult::name));
            JsonNode earlier = node.path("earlierRun");
            exercises.add(new ExerciseProgress(exercise, results, node.path("scenariosPlanned").asInt(0),
                    earlier.isObject() ? new ExerciseProgress.Earlier(instant(earlier.path("ranAt")),
                            earlier.hasNonNull("codeFingerprint") ? earlier.get("codeFingerprint").asText() : null,
                            earlier.path("sameCode").asBoolean(false)) : null));
        }
        Set<String> stubsLeft = null;
        if (root.path("stubsLeft").isArray()) {
            stubsLeft = new HashSet<>();
            for (JsonNode stub : root.get("stubsLeft")) {
                stubsLeft.add(stub.asText());
            }
        }
        return new Progress(exercises, selection, root.path("scenarios").asText(""), finishedAt, fingerprint, stubsLeft);
    }

    private static JsonNode exerciseNode(JsonNode root, String id) {
        for (JsonNode exercise : root.path("exercises")) {
            if (exercise.path("id").asText().equals(id)) {
                return exercise;
            }
        }
        return DynamoJson.MAPPER.createObjectNode();
    }

    private static Instant instant(JsonNode text) {
        try {
            return Instant.parse(text.asText());
        } catch (DateTimeParseException unparsable) {
            throw new IllegalArgumentException("an earlier run's ranAt is not an instant: " + text);
        }
    }

    private static Verdict verdict(String word) {
        try {
            return Verdict.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("a scenario's verdict is '" + word + "', not passed, failed or skipped");
        }
    }
}
