package lab.run;

import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestRunFinished;
import lab.report.ScenarioResult;
import lab.report.ScenarioResultPlugin;

/**
 * A Cucumber plugin that tells the run's listeners ({@link LabRun#listen}) of every scenario that finishes, and of the
 * run's end: how a runner that builds its own request hears its results (watch mode's board, the grader's verdicts)
 * without a static of its own, since Cucumber makes a plugin from its class name.
 */
public final class RunResults extends ScenarioResultPlugin {

    @Override
    protected void scenarioFinished(ScenarioResult result, TestCase scenario) {
        LabRun.ifStarted().ifPresent(run -> run.scenarioFinished(result, scenario));
    }

    @Override
    protected void runFinished(TestRunFinished finished) {
        LabRun.ifStarted().ifPresent(LabRun::runFinished);
    }
}
