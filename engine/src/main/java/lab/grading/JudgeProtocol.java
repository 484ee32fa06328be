package lab.grading;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the grader and a judge JVM say to each other, each message one line of JSON that names the protocol's version.
 * The grader writes a {@link Job} to the judge's input; the judge answers on its console with signed
 * {@link Message}s (see {@link VerdictChannel}): a scenario's result as it finishes, the run's end, the job's end.
 * A message of another version, or of no known type, is not a message.
 */
final class JudgeProtocol {

    /** The version both sides speak; a judge refuses a job of any other. */
    static final int VERSION = 1;
    /** A job's endpoint when the judge's store is its own (a container judge, which has no network). */
    static final String OWN_STORE = "own";

    private static final String VERSION_FIELD = "protocol";
    private static final String TYPE_FIELD = "type";
    private static final String SCENARIO_FIELD = "scenario";
    private static final String REASON_FIELD = "reason";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JudgeProtocol() {
    }

    /**
     * One submission to grade, grader to judge.
     *
     * @param key       the key the judge signs this job's messages with (no learner code can read it)
     * @param namespace the DynamoDB Local namespace the job's scenarios take theirs from
     * @param endpoint  the store's endpoint, as the judge reaches it, or {@link #OWN_STORE}
     * @param classes   the submission's compiled classes, as the judge sees them
     * @param report    where the judge writes Cucumber's report of the job
     */
    record Job(String key, String namespace, String endpoint, String classes, String report) {

        /** The job as the line the judge reads. */
        String line() {
            ObjectNode job = JSON.createObjectNode().put(VERSION_FIELD, VERSION);
            job.put("key", key).put("namespace", namespace).put("endpoint", endpoint).put("classes", classes)
                    .put("report", report);
            return job.toString();
        }

        /** The job a line holds; a line of another version, or lacking a field, is refused in one line. */
        static Job parse(String line) {
            JsonNode job;
            try {
                job = JSON.readTree(line);
            } catch (JsonProcessingException unreadable) {
                throw new IllegalArgumentException("a job is one line of JSON: " + unreadable.getOriginalMessage());
            }
            if (job == null || !job.isObject()) {
                throw new IllegalArgumentException("a job is one JSON object");
            }
            if (job.path(VERSION_FIELD).asInt(-1) != VERSION) {
                throw new IllegalArgumentException("a job of judge protocol " + job.path(VERSION_FIELD)
                        + ", where this judge speaks " + VERSION + ": the grader and the judge are of two builds");
            }
            return new Job(field(job, "key"), field(job, "namespace"), field(job, "endpoint"), field(job, "classes"),
                    field(job, "report"));
        }

        private static String field(JsonNode job, String name) {
            JsonNode value = job.get(name);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalArgumentException("a job without its " + name);
            }
            return value.asText().trim();
        }
    }

    /** What a judge tells the grader, by type. */
    enum Message {
        /** A scenario finished: its {@link ScenarioRecord}. */
        SCENARIO("scenario"),
        /** The lab's run reached its end. */
        RUN_FINISHED("runFinished"),
        /** The lab's run could not start (the judge's, not the submission's, failure): its reason. */
        RUN_FAILED("runFailed"),
        /** The job is over: the judge waits for the next. */
        JOB_OVER("jobOver");

        private final String type;

        Message(String type) {
            this.type = type;
        }

        /** This message, carrying nothing more. */
        String payload() {
            return JSON.createObjectNode().put(VERSION_FIELD, VERSION).put(TYPE_FIELD, type).toString();
        }

        /** This message, with a scenario's record for {@link #SCENARIO}. */
        String payload(ScenarioRecord scenario) {
            ObjectNode message = JSON.createObjectNode().put(VERSION_FIELD, VERSION).put(TYPE_FIELD, type);
            if (scenario != null) {
                message.set(SCENARIO_FIELD, JSON.valueToTree(scenario));
            }
            return message.toString();
        }

        /** This message with a reason, for {@link #RUN_FAILED}. */
        String payload(String reason) {
            return JSON.createObjectNode().put(VERSION_FIELD, VERSION).put(TYPE_FIELD, type).put(REASON_FIELD, reason)
                    .toString();
        }

        /** The type of a payload of this version; empty for anything else. */
        static Optional<Message> of(JsonNode payload) {
            if (payload == null || !payload.isObject() || payload.path(VERSION_FIELD).asInt(-1) != VERSION) {
                return Optional.empty();
            }
            String type = payload.path(TYPE_FIELD).asText("");
            for (Message message : values()) {
                if (message.type.equals(type)) {
                    return Optional.of(message);
                }
            }
            return Optional.empty();
        }
    }

    /** A payload as JSON; null where it is not JSON. */
    static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    /** The reason a {@link Message#RUN_FAILED} payload gives. */
    static String reason(JsonNode payload) {
        return payload.path(REASON_FIELD).asText("no reason given");
    }

    /** The scenario's record a {@link Message#SCENARIO} payload carries; empty where it carries none that reads. */
    static Optional<ScenarioRecord> scenario(JsonNode payload) {
        JsonNode scenario = payload.get(SCENARIO_FIELD);
        if (scenario == null || !scenario.hasNonNull("feature") || !scenario.hasNonNull("status")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.treeToValue(scenario, ScenarioRecord.class));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
