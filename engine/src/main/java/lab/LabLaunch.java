package lab;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.cucumber.junit.platform.engine.CucumberTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * How the harness launches the lab's scenarios: the Cucumber engine on feature files, through the JUnit Platform
 * Launcher, with the lab's settings ({@link LabSettings}, cucumber.properties). Every entry point builds its run here:
 * the learner's {@code mvn test} ({@link LearnerRun}), a judge's job, the grader's plan of scenarios and the stubs
 * check; they differ only in what they select and where the results are reported. Watch mode alone runs Cucumber
 * itself, with the same settings, so that Cucumber stays loaded from one save to the next.
 *
 * <p>A launch is what {@code mvn test} does: the lab's session listener stops the run's backend and learner JVMs when
 * it ends, {@code -Dkata.exercise} filters the exercises, and {@code -D} settings such as {@code cucumber.features}
 * apply. Discovery ({@link #discover()}) has the engine and nothing else, and starts nothing.
 */
public final class LabLaunch {

    /** The engine every launch runs, and the only one. */
    public static final String ENGINE = "cucumber";

    /**
     * JUnit's logger for discovery notices: Cucumber's engine says, on every run with {@code -Dcucumber.features}, that
     * the property is "a work around" and asks for sponsorship, fourteen lines a learner has no use for.
     */
    private static final String DISCOVERY_NOTICES = "org.junit.platform.launcher.core.DiscoveryIssueNotifier";

    private final List<DiscoverySelector> selectors;
    private final Map<String, String> settings;

    private LabLaunch(List<DiscoverySelector> selectors, Map<String, String> settings) {
        this.selectors = List.copyOf(selectors);
        this.settings = Map.copyOf(settings);
    }

    /** Every scenario of the feature files under {@code features}. */
    public static LabLaunch of(Path features) {
        return new LabLaunch(List.of(selectDirectory(features.toFile())), LabSettings.all());
    }

    /** The same launch with other report plugins than cucumber.properties names: for runners that report on their own. */
    public LabLaunch reportingTo(String plugins) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(LabSettings.PLUGIN, plugins);
        return new LabLaunch(selectors, changed);
    }

    /**
     * The scenarios this launch would run, found without running any, by the engine alone: no session listener, no
     * filter registered elsewhere, and no {@code -D} settings.
     */
    public TestPlan discover() {
        Launcher engineAlone = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .build());
        return engineAlone.discover(request(false));
    }

    /** Runs the scenarios, telling {@code listeners} what happens. */
    public void execute(TestExecutionListener... listeners) {
        Logger notices = Logger.getLogger(DISCOVERY_NOTICES);
        notices.setLevel(Level.SEVERE);
        LauncherFactory.create().execute(request(true), listeners);
        // The logging system keeps loggers weakly: this one keeps its level for as long as the run lasts.
        java.lang.ref.Reference.reachabilityFence(notices);
    }

    /** The request, with the {@code -D} settings (implicit configuration parameters) or without. */
    private LauncherDiscoveryRequest request(boolean withSystemSettings) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(ENGINE))
                .enableImplicitConfigurationParameters(withSystemSettings)
                .configurationParameters(settings)
                .build();
    }
}
