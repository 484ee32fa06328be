package lab.steps;

import java.time.Instant;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import lab.backend.Capability;
import lab.backend.ScenarioTurns;
import org.opentest4j.TestAbortedException;

/**
 * What surrounds every scenario: its turn on a shared endpoint and what it made there, skipping where the backend
 * lacks a capability, and closing the scenario's clients.
 */
public class Hooks {

    private final ScenarioContext context;
    /** When this scenario's turn on a shared endpoint began; null where scenarios do not take turns. */
    private Instant turnStarted;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void skipWhereTheBackendLacksACapability(Scenario scenario) {
        for (Capability capability : Capability.values()) {
            if (scenario.getSourceTagNames().contains("@" + capability.tag())) {
                context.run().capabilities().whyMissing(capability).ifPresent(reason -> {
                    throw new TestAbortedException("Skipped: the " + context.run().backend().name()
                            + " backend has no " + capability.description() + " (" + reason + ")");
                });
            }
        }
    }

    /**
     * On an endpoint the harness does not own, scenarios take turns (see {@link ScenarioTurns}); first of all hooks,
     * so that nothing of the scenario touches the endpoint before its turn.
     */
    @Before(order = -1)
    public void waitForTheTurnOnASharedEndpoint() {
        if (!context.run().backend().isolatesScenarios()) {
            ScenarioTurns.take();
            turnStarted = Instant.now();
        }
    }

    /**
     * Removes what the scenario made on a shared endpoint, then ends its turn. After the tables are pictured
     * ({@link TablePictures}, order 20 000) and before the clients close: After hooks with a higher order run first.
     */
    @After(order = 15_000)
    public void removeWhatTheScenarioMadeOnASharedEndpoint() {
        if (turnStarted == null) {
            return;
        }
        try {
            ScenarioCleanup.removeWhatItMade(context.fixtures(), context.namespace().backend().created(), turnStarted);
        } finally {
            turnStarted = null;
            ScenarioTurns.end();
        }
    }

    @After
    public void closeTheScenariosClients() {
        context.close();
    }
}
