package lab;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

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
 * The one way the harness launches the lab's scenarios: the Cucumber engine on feature files, through the JUnit
 * Platform Launcher, with the lab's settings ({@link LabSettings}, cucumber.properties). Every entry point builds its
 * run here: the learner's {@code mvn test} ({@link LearnerRun}), watch mode's rerun, a judge's job, the grader's plan
 * of scenarios and the stubs check; they differ only in what they select, where the results are reported, and
 * whether the run stays loaded afterwards.
 *
 * <p>A complete launch (the default) is what {@code mvn test} does: the lab's session listener stops the run's
 * backend and learner JVMs when it ends, {@code -Dkata.exercise} filters the exercises, and {@code -D} settings such
 * as {@code cucumber.features} apply. A {@link #warm()} launch has the engine and nothing else: the run stays up for
 * the next one, and the caller alone chooses what runs.
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
    private final boolean warm;

    private LabLaunch(List<DiscoverySelector> selectors, Map<String, String> settings, boolean warm) {
        this.selectors = List.copyOf(selectors);
        this.settings = Map.copyOf(settings);
        this.warm = warm;
    }

    /** Every scenario of the feature files under {@code features}. */
    public static LabLaunch of(Path features) {
        return new LabLaunch(List.of(selectDirectory(features.toFile())), LabSettings.all(), false);
    }

    /** The same launch, on the scenarios of these feature files only. */
    public LabLaunch onFeatures(List<Path> featureFiles) {
        return new LabLaunch(featureFiles.stream().<DiscoverySelector>map(file -> selectFile(file.toFile())).toList(),
                settings, warm);
    }

    /** The same launch with other report plugins than cucumber.properties names: for runners that report on their own. */
    public LabLaunch reportingTo(String plugins) {
        return with(LabSettings.PLUGIN, plugins);
    }

    /** The same launch with one Cucumber or JUnit Platform setting changed. */
    public LabLaunch with(String key, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(key, value);
        return new LabLaunch(selectors, changed, warm);
    }

    /**
     * The same launch with the engine alone: no session listener (the run's backend and learner JVMs stay up for the
     * next launch), no filter registered elsewhere, and no {@code -D} settings.
     */
    public LabLaunch warm() {
        return new LabLaunch(selectors, settings, true);
    }

    /** The scenarios this launch would run, found without running any. Discovery starts nothing, so it is always warm. */
    public TestPlan discover() {
        return warm().launcher().discover(request());
    }

    /** Runs the scenarios, telling {@code listeners} what happens. */
    public void execute(TestExecutionListener... listeners) {
        Logger notices = Logger.getLogger(DISCOVERY_NOTICES);
        notices.setLevel(Level.SEVERE);
        launcher().execute(request(), listeners);
        // The logging system keeps loggers weakly: this one keeps its level for as long as the run lasts.
        java.lang.ref.Reference.reachabilityFence(notices);
    }

    private Launcher launcher() {
        if (!warm) {
            return LauncherFactory.create();
        }
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .build());
    }

    private LauncherDiscoveryRequest request() {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(ENGINE))
                .enableImplicitConfigurationParameters(!warm)
                .configurationParameters(settings)
                .build();
    }
}
