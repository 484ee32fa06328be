package lab.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.cucumber.plugin.event.TestCase;
import lab.report.ScenarioResult;
import lab.run.ScenarioListener;

/**
 * What the judge tells the grader ({@link JudgeProtocol.Message}): one signed verdict line per finished scenario on
 * the JVM's console as it finishes (see {@link VerdictChannel}), a line once the run is over, and one once the job is. A JVM that dies half way has told every result it
 * reached, and no last line. {@link SubmissionRun} makes it with the run's key and has the run tell it each scenario.
 */
final class JudgeMessages implements ScenarioListener {

    private final VerdictChannel.Signer signer;
    private final OutputStream console;

    JudgeMessages(OutputStream console, String key) {
        this.signer = new VerdictChannel.Signer(key);
        this.console = console;
    }

    @Override
    public void scenarioFinished(ScenarioResult result, TestCase scenario) {
        String path = scenario.getUri().getPath() == null ? scenario.getUri().toString() : scenario.getUri().getPath();
        write(JudgeProtocol.Message.SCENARIO.payload(ScenarioRecord.of(result, path.substring(path.lastIndexOf('/') + 1))));
    }

    /** The last line of a job: the judge waits for the next. */
    void jobOver() {
        write(JudgeProtocol.Message.JOB_OVER.payload());
    }

    /** The lab's run could not start: the judge's failure, told as such. */
    void runFailed(String reason) {
        write(JudgeProtocol.Message.RUN_FAILED.payload(reason));
    }

    @Override
    public void runFinished() {
        write(JudgeProtocol.Message.RUN_FINISHED.payload());
    }

    private synchronized void write(String payload) {
        try {
            console.write(signer.line(payload).getBytes(StandardCharsets.UTF_8));
            console.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a scenario result", e);
        }
    }
}
