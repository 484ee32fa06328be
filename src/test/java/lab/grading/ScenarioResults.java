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
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import lab.report.ScenarioResult;

/**
 * A Cucumber plugin for a submission's JVM, the judge: one signed verdict line per finished scenario on the JVM's
 * console as it finishes (see {@link VerdictChannel}), and a last line once the run is over. A JVM that dies half
 * way has told every result it reached, and no last line. {@link SubmissionRun} hands it the channel, opened before
 * any learner class is loaded, with {@link #open}; Cucumber then makes it from its class name.
 */
public class ScenarioResults implements ConcurrentEventListener {

    /** The last line's one field. */
    public static final String RUN_FINISHED = "runFinished";

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
        String path = scenario.getUri().getPath() == null ? scenario.getUri().toString() : scenario.getUri().getPath();
        String feature = path.substring(path.lastIndexOf('/') + 1);
        // The lab's own result of the scenario, as its board shows it; a feature outside the catalogue is still told.
        ScenarioResult judged = ScenarioResult.of(scenario, result, null).orElseGet(() -> new ScenarioResult(null,
                scenario.getName(), scenario.getLocation().getLine(), ScenarioResult.verdict(result.getStatus()),
                ScenarioResult.message(result), null));
        write(ScenarioRecord.of(judged, feature));
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
}
