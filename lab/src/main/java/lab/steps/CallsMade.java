package lab.steps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import lab.client.Call;
import lab.report.ScenarioResult;

/**
 * After every scenario: the calls the learner's code made, as the lab endpoint recorded them (operation, table or
 * index, items read and answered, capacity, throttling, failure), attached to the scenario for the learner's report.
 */
public class CallsMade {

    /** Calls listed at most; a longer scenario says how many more it made. */
    static final int LIMIT = 60;

    private final ScenarioContext context;

    public CallsMade(ScenarioContext context) {
        this.context = context;
    }

    /** Runs with the table pictures, before the clients close: After hooks with a higher order run first. */
    @After(order = 20_000)
    public void listTheCallsTheLearnersCodeMade(Scenario scenario) {
        List<Call> calls = context.calls().calls();
        if (calls.isEmpty()) {
            return;
        }
        scenario.attach(String.join("\n", lines(calls)).getBytes(StandardCharsets.UTF_8), ScenarioResult.CALLS_MEDIA_TYPE,
                "calls");
    }

    static List<String> lines(List<Call> calls) {
        List<String> lines = new ArrayList<>();
        calls.stream().limit(LIMIT).map(Call::summaryWithCost).forEach(lines::add);
        if (calls.size() > LIMIT) {
            lines.add("… and " + (calls.size() - LIMIT) + " more calls");
        }
        return lines;
    }
}
