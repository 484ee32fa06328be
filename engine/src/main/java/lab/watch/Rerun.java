package lab.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lab.LabSettings;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.report.ScenarioResult;
import lab.run.LabRun;
import lab.run.RunResults;
import lab.run.ScenarioListener;

/**
 * Runs the lab's scenarios, of some exercises or of all, on Cucumber kept loaded from one rerun to the next
 * ({@link WarmCucumber}), with the suite's configuration (glue, parallel scenarios) but none of its report plugins:
 * each scenario's result comes back through the run ({@link RunResults}), and the watcher draws the board. The
 * learner's code runs in learner JVMs (the watcher says with which classes); the harness, its steps and the engine
 * stay loaded and warm, and the run's end leaves the shared backend and the learner JVMs running.
 */
final class Rerun implements AutoCloseable {

    private final Path projectRoot;
    private final WarmCucumber cucumber;

    Rerun(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.cucumber = new WarmCucumber(LabSettings.all(), List.of(new RunResults()));
    }

    /** The scenarios of {@code exercises} (all of them when empty). */
    List<ScenarioResult> run(List<Exercise> exercises) {
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioListener collector = (result, scenario) -> {
            if (result.exerciseId() != null) {
                synchronized (results) {
                    results.add(result);
                }
            }
        };
        try (LabRun.Listening listening = LabRun.current().listen(collector)) {
            cucumber.run(features(exercises));
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    /** The feature files of {@code exercises}, or of every exercise. */
    private List<Path> features(List<Exercise> exercises) {
        return (exercises.isEmpty() ? Catalogue.EXERCISES : exercises).stream()
                .map(exercise -> projectRoot.resolve(exercise.feature())).toList();
    }

    @Override
    public void close() {
        cucumber.close();
    }
}
