package lab.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lab.LabLaunch;
import lab.LabSettings;
import lab.catalogue.Exercise;
import lab.report.ScenarioResult;
import lab.run.LabRun;
import lab.run.RunResults;
import lab.run.ScenarioListener;

/**
 * Runs the lab's scenarios, of some exercises or of all ({@link LabLaunch}, warm), with the suite's configuration
 * (glue, parallel scenarios) but none of its report plugins: each scenario's result comes back through the run
 * ({@link RunResults}), and the watcher draws the board. The learner's code runs in learner JVMs (the watcher says
 * with which classes); the harness, its steps and the engine stay loaded and warm, and the run's end leaves the
 * shared backend and the learner JVMs running.
 */
final class Rerun {

    private final Path projectRoot;
    /** Every scenario, with the lab's settings read once: a rerun narrows it to its exercises' features. */
    private final LabLaunch everything;

    Rerun(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.everything = LabLaunch.of(projectRoot.resolve(LabSettings.FEATURES))
                .reportingTo(RunResults.class.getName())
                .with("cucumber.junit-platform.naming-strategy", "short")
                .with("cucumber.junit-platform.naming-strategy.short.example-name", "pickle")
                .warm();
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
            launch(exercises).execute();
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    /** Every scenario, or those of {@code exercises}' features. */
    private LabLaunch launch(List<Exercise> exercises) {
        return exercises.isEmpty() ? everything
                : everything.onFeatures(exercises.stream().map(exercise -> projectRoot.resolve(exercise.feature())).toList());
    }
}
