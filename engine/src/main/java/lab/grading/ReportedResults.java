package lab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a submission's judge reported to the grader, as the genuine verdict lines' payloads (see
 * {@link VerdictChannel}): the scenarios it finished, and whether the run reached its end.
 */
public record ReportedResults(List<ScenarioRecord> scenarios, boolean runFinished) {

    public static ReportedResults of(List<String> payloads) {
        List<ScenarioRecord> scenarios = new ArrayList<>();
        boolean finished = false;
        for (String payload : payloads) {
            JsonNode node = JudgeProtocol.read(payload);
            Optional<JudgeProtocol.Message> message = JudgeProtocol.Message.of(node);
            if (message.isEmpty()) {
                continue;
            }
            switch (message.get()) {
                case RUN_FINISHED -> finished = true;
                case SCENARIO -> JudgeProtocol.scenario(node).ifPresent(scenarios::add);
                case JOB_OVER -> { }
            }
        }
        return new ReportedResults(List.copyOf(scenarios), finished);
    }
}
