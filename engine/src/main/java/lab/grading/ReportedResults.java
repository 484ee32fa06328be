package lab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a submission's judge reported to the grader, as the genuine verdict lines' payloads (see
 * {@link VerdictChannel}): the scenarios it finished, whether the run reached its end, and why it could not start if
 * it could not (null when it could).
 */
public record ReportedResults(List<ScenarioRecord> scenarios, boolean runFinished, String runFailed) {

    /** Whether the judge said anything at all: one that said nothing never got going. */
    public boolean heardAny() {
        return runFinished || runFailed != null || !scenarios.isEmpty();
    }


    public static ReportedResults of(List<String> payloads) {
        List<ScenarioRecord> scenarios = new ArrayList<>();
        boolean finished = false;
        String failed = null;
        for (String payload : payloads) {
            JsonNode node = JudgeProtocol.read(payload);
            Optional<JudgeProtocol.Message> message = JudgeProtocol.Message.of(node);
            if (message.isEmpty()) {
                continue;
            }
            switch (message.get()) {
                case RUN_FINISHED -> finished = true;
                case RUN_FAILED -> failed = JudgeProtocol.reason(node);
                case SCENARIO -> JudgeProtocol.scenario(node).ifPresent(scenarios::add);
                case JOB_OVER -> { }
            }
        }
        return new ReportedResults(List.copyOf(scenarios), finished, failed);
    }
}
