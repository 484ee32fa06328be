package lab.watch;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lab.LabSettings;
import lab.catalogue.Exercise;
import lab.report.ScenarioResult;
import lab.run.LabRun;
import lab.run.RunResults;
import lab.run.ScenarioListener;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the lab's scenarios, of some exercises or of all: the Cucumber engine through the JUnit Platform Launcher,
 * with the suite's configuration (glue, parallel scenarios) but none of its report plugins: each scenario's result
 * comes back through the run ({@link RunResults}), and the watcher draws the board. The learner's code runs in learner JVMs (the watcher says with which classes); the harness, its steps and
 * the engine stay loaded and warm. No launcher session listener is registered, so the run's end leaves the shared
 * backend and the learner JVMs running.
 */
final class Rerun {

    private static final String ENGINE = "io.cucumber.junit.platform.engine.CucumberTestEngine";

    private final Path projectRoot;
    private final Map<String, String> configuration;

    Rerun(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.configuration = configuration();
    }

    /** The scenarios of {@code exercises} (all of them when empty). */
    List<ScenarioResult> run(List<Exercise> exercises) {
        try {
            TestEngine engine = (TestEngine) Class.forName(ENGINE).getDeclaredConstructor().newInstance();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestEngineAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enableLauncherDiscoveryListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false)
                    .enableTestExecutionListenerAutoRegistration(false)
                    .addTestEngines(engine)
                    .build());
            List<ScenarioResult> results = new ArrayList<>();
            ScenarioListener collector = (result, scenario) -> {
                if (result.exerciseId() != null) {
                    synchronized (results) {
                        results.add(result);
                    }
                }
            };
            try (LabRun.Listening listening = LabRun.current().listen(collector)) {
                launcher.execute(request(exercises));
            }
            synchronized (results) {
                return List.copyOf(results);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Cucumber engine is not on the watcher's class path: " + e, e);
        }
    }

    private LauncherDiscoveryRequest request(List<Exercise> exercises) {
        List<DiscoverySelector> selectors = exercises.isEmpty()
                ? List.of(selectDirectory(projectRoot.resolve("features").toFile()))
                : exercises.stream().<DiscoverySelector>map(exercise -> selectFile(
                        projectRoot.resolve(exercise.feature()).toFile())).toList();
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(configuration)
                .build();
    }

    /** The lab's settings (cucumber.properties), with the run's results (RunResults) for its report plugins. */
    private static Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>(LabSettings.reportingTo(RunResults.class.getName()));
        configuration.put("cucumber.publish.quiet", "true");
        configuration.put("cucumber.junit-platform.naming-strategy", "short");
        configuration.put("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        return Map.copyOf(configuration);
    }
}
