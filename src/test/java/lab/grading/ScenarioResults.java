package lab.grading;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
 * A Cucumber plugin for a submission's JVM: one JSON line per finished scenario, flushed as it finishes, and a last
 * line once the run is over. A JVM that dies half way leaves every result it reached, and no last line.
 * Used as {@code -Dcucumber.plugin=lab.grading.ScenarioResults:PATH}.
 */
public class ScenarioResults implements ConcurrentEventListener {

    /** The last line's one field. */
    public static final String RUN_FINISHED = "runFinished";

    private static final int MESSAGE_LIMIT = 500;

    private final ObjectMapper json = new ObjectMapper();
    private final Writer out;

    public ScenarioResults(File file) {
        try {
            Path path = file.toPath();
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write scenario results to " + file, e);
        }
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
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void write(Object line) {
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
            out.flush();
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
