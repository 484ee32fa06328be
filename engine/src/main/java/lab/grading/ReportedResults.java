package lab.grading;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a submission's judge reported to the grader, as the genuine verdict lines' payloads (see
 * {@link VerdictChannel}): the scenarios it finished, and whether the run reached its end.
 */
public record ReportedResults(List<ScenarioRecord> scenarios, boolean runFinished) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ReportedResults of(List<String> payloads) {
        List<ScenarioRecord> scenarios = new ArrayList<>();
        boolean finished = false;
        for (String payload : payloads) {
            JsonNode node;
            try {
                node = JSON.readTree(payload);
                if (node == null || !node.isObject()) {
                    continue;
                }
                if (node.path(ScenarioResults.RUN_FINISHED).asBoolean(false)) {
                    finished = true;
                } else if (node.hasNonNull("feature") && node.hasNonNull("status")) {
                    scenarios.add(JSON.treeToValue(node, ScenarioRecord.class));
                }
            } catch (JsonProcessingException unreadable) {
                continue;
            }
        }
        return new ReportedResults(List.copyOf(scenarios), finished);
    }
}
