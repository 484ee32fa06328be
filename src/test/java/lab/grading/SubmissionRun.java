package lab.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Path;

import lab.LabSettings;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main of one submission's JVM: the facilitator's features and steps against the submission's compiled
 * sources, each scenario's result written by {@link ScenarioResults}, and Cucumber's HTML report beside it.
 * Arguments: the features directory, the results file, the HTML report file.
 */
public final class SubmissionRun {

    private SubmissionRun() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("Usage: SubmissionRun FEATURES_DIR RESULTS_FILE REPORT_HTML");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(Path.of(args[0]).toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(LabSettings.reportingTo(
                        ScenarioResults.class.getName() + ":" + args[1] + ", html:" + args[2]))
                .build();
        LauncherFactory.create().execute(request);
        // The learner's code may have left threads behind: the run is over once its results are written.
        System.exit(0);
    }
}
