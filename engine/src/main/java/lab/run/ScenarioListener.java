package lab.run;

import io.cucumber.plugin.event.TestCase;
import lab.report.ScenarioResult;

/** Hears the run's scenarios finish, each as the lab's one result model, and the run end (see {@link RunResults}). */
public interface ScenarioListener {

    /**
     * A scenario finished.
     *
     * @param result   its result; its exercise is null for a feature outside the exercise catalogue
     * @param scenario Cucumber's account of it
     */
    void scenarioFinished(ScenarioResult result, TestCase scenario);

    /** Every scenario of the run has finished. */
    default void runFinished() {
    }
}
