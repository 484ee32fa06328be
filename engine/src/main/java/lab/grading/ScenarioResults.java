package lab.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.plugin.event.TestCase;
import lab.report.ScenarioResult;
import lab.run.ScenarioListener;

/**
 * What the judge tells the grader: one signed verdict line per finished scenario on the JVM's console as it finishes
 * (see {@link VerdictChannel}), and a last line once the run is over. A JVM that dies half way has told every result it
 * reached, and no last line. {@link SubmissionRun} makes it with the run's key and has the run tell it each scenario.
 */
final class ScenarioResults implements ScenarioListener {

    /** The last line's one field. */
    public static final String RUN_FINISHED = "runFinished";
    /** The job-over line's one field. */
    public static final String JOB_OVER = "jobOver";

    private final ObjectMapper json = new ObjectMapper();
    private final VerdictChannel.Signer signer;
    private final OutputStream console;

    ScenarioResults(OutputStream console, String key) {
        this.signer = new VerdictChannel.Signer(key);
        this.console = console;
    }

    @Override
    public void scenarioFinished(ScenarioResult result, TestCase scenario) {
        String path = scenario.getUri().getPath() == null ? scenario.getUri().toString() : scenario.getUri().getPath();
        write(ScenarioRecord.of(result, path.substring(path.lastIndexOf('/') + 1)));
    }

    /** The last line of a job: the judge waits for the next. */
    void jobOver() {
        write(Map.of(JOB_OVER, true));
    }

    @Override
    public void runFinished() {
        write(Map.of(RUN_FINISHED, true));
    }

    private synchronized void write(Object line) {
        try {
            console.write(signer.line(json.writeValueAsString(line)).getBytes(StandardCharsets.UTF_8));
            console.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a scenario result", e);
        }
    }
}
