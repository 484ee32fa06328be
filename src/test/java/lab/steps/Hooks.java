package lab.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import lab.backend.Capability;
import org.opentest4j.TestAbortedException;

/** What surrounds every scenario: skipping where the backend lacks a capability, and closing the scenario's clients. */
public class Hooks {

    private final ScenarioContext context;

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

    @After
    public void closeTheScenariosClients() {
        context.close();
    }
}
