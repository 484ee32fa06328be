package lab.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * A Cucumber plugin for a submission's JVM, the judge: one signed verdict line per finished scenario on the JVM's
 * console as it finishes (see {@link VerdictChannel}), and a last line once the run is over. A JVM that dies half
 * way has told every result it reached, and no last line. {@link SubmissionRun} hands it the channel, opened before
 * any learner class is loaded, with {@link #open}; Cucumber then makes it from its class name.
 */
public class ScenarioResults implements ConcurrentEventListener {

    /** The last line's one field. */
    public static final String RUN_FINISHED = "runFinished";

    private static final int MESSAGE_LIMIT = 500;

    /** The channel handed over before the run, taken by the one plugin Cucumber makes. */
    private static final AtomicReference<Channel> HANDED_OVER = new AtomicReference<>();

    private final ObjectMapper json = new ObjectMapper();
    private final Channel channel;

    private record Channel(VerdictChannel.Signer signer, OutputStream console) {
    }

    public ScenarioResults() {
        this.channel = HANDED_OVER.getAndSet(null);
        if (channel == null) {
            throw new IllegalStateException("No verdict channel: ScenarioResults runs in SubmissionRun only");
        }
    }

    /** Hands the next plugin the console it reports on and the key it signs with. */
    static void open(OutputStream console, String key) {
        HANDED_OVER.set(new Channel(new VerdictChannel.Signer(key), console));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, finished -> runFinished());
    }

    private void scenarioFinished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        String exercise = Catalogue.byFeatureUri(scenario.getUri()).map(Exercise::id).orElse(null);
        String path = scenario.getUri().getPath() == null ? scenario.getUri().toString() : scenario.getUri().getPath();
        String feature = path.substring(path.lastIndexOf('/') + 1);
        write(new ScenarioRecord(exercise, feature, scenario.getLocation().getLine(), scenario.getName(),
                status(result.getStatus()), result.getStatus() == Status.PASSED ? null : firstLine(result)));
    }

    private void runFinished() {
        write(Map.of(RUN_FINISHED, true));
    }

    private synchronized void write(Object line) {
        try {
            channel.console().write(channel.signer().line(json.writeValueAsString(line)).getBytes(StandardCharsets.UTF_8));
            channel.console().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a scenario result", e);
        }
    }

    private static String status(Status status) {
        return switch (status) {
            case PASSED -> ScenarioRecord.PASSED;
            case SKIPPED -> ScenarioRecord.SKIPPED;
            default -> ScenarioRecord.FAILED;
        };
    }

    private static String firstLine(Result result) {
        Throwable error = result.getError();
        if (error == null) {
            return result.getStatus().name().toLowerCase();
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage().lines().filter(line -> !line.isBlank()).findFirst().orElse("").trim();
        return message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) + "…" : message;
    }
}
