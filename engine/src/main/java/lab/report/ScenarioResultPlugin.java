package lab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;

/**
 * A Cucumber plugin that hears every scenario finish as the lab's one result model ({@link ScenarioResult#of}, with
 * the tables the scenario pictured and the calls its learner code made), and the run start and end; what it does with them is its subclass's: the
 * learner's report, watch mode's board, the grader's verdicts.
 */
public abstract class ScenarioResultPlugin implements ConcurrentEventListener {

    private final Map<UUID, ScenarioTables> tables = new ConcurrentHashMap<>();
    private final Map<UUID, List<String>> calls = new ConcurrentHashMap<>();

    @Override
    public final void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, started -> {
            tables.clear();
            calls.clear();
            runStarted();
        });
        publisher.registerHandlerFor(EmbedEvent.class, this::attached);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
        publisher.registerHandlerFor(TestSourceParsed.class, this::featureParsed);
    }

    /** A feature was read: every scenario it holds, whichever of them the run then runs. */
    protected void featureParsed(TestSourceParsed parsed) {
    }

    /** A run begins: whatever an earlier run left is forgotten. */
    protected void runStarted() {
    }

    /**
     * A scenario finished.
     *
     * @param result   its result; its exercise is null for a feature outside the exercise catalogue
     * @param scenario Cucumber's account of it
     */
    protected abstract void scenarioFinished(ScenarioResult result, TestCase scenario);

    /** The run is over (its result says whether it stopped on an error). */
    protected abstract void runFinished(TestRunFinished finished);

    private void attached(EmbedEvent event) {
        if (ScenarioResult.CALLS_MEDIA_TYPE.equals(event.getMediaType())) {
            calls.put(event.getTestCase().getId(), new String(event.getData(), StandardCharsets.UTF_8).lines().toList());
            return;
        }
        if (!ScenarioTables.MEDIA_TYPE.equals(event.getMediaType())) {
            return;
        }
        ScenarioTables left;
        try {
            left = DynamoJson.MAPPER.readValue(event.getData(), ScenarioTables.class);
        } catch (IOException unreadable) {
            left = new ScenarioTables(List.of(), "The picture of the tables could not be read back: " + unreadable.getMessage());
        }
        tables.put(event.getTestCase().getId(), left);
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        ScenarioTables left = tables.remove(scenario.getId());
        List<String> made = calls.remove(scenario.getId());
        scenarioFinished(ScenarioResult.of(scenario, event.getResult(), left, made), scenario);
    }
}
