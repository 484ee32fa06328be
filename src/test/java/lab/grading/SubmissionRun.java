package lab.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import lab.LabSettings;
import lab.backend.EndpointBackend;
import lab.run.LabRun;
import lab.run.RunResults;

import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main of one submission's JVM: the facilitator's features and steps against the submission's compiled
 * sources, each scenario's verdict told to the grader by {@link ScenarioResults} (a listener of the run's, see
 * {@link RunResults}), and Cucumber's HTML report.
 * Arguments: the features directory, the HTML report file. On its standard input, before anything else, the grader
 * writes what no learner may read: the run's verdict key and its DynamoDB Local namespace ({@link #STDIN_LINES}).
 */
public final class SubmissionRun {

    private SubmissionRun() {
    }

    /** What the grader writes to the JVM's standard input, a line each: the verdict key, then the namespace. */
    static final int STDIN_LINES = 2;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: SubmissionRun FEATURES_DIR REPORT_HTML (verdict key and namespace on stdin)");
            System.exit(2);
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String key = stdin.readLine();
        String namespace = stdin.readLine();
        if (key == null || namespace == null) {
            System.err.println("Error: SubmissionRun reads its verdict key and namespace from stdin, a line each");
            System.exit(2);
        }
        System.setIn(InputStream.nullInputStream());
        System.setProperty(EndpointBackend.NAMESPACE, namespace.trim());
        ScenarioResults verdicts = new ScenarioResults(new FileOutputStream(FileDescriptor.out), key);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(Path.of(args[0]).toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(LabSettings.reportingTo(RunResults.class.getName() + ", html:" + args[1]))
                .build();
        // The run starts here (its learner JVMs first, to warm up), so that its verdicts are heard from the first.
        LabRun run;
        try {
            run = LabRun.withLearnersStartedFirst();
        } catch (RuntimeException cannotStart) {
            System.err.println("Error: the lab's run could not start: " + cannotStart.getMessage());
            System.exit(1);
            return;
        }
        try (LabRun.Listening listening = run.listen(verdicts)) {
            LauncherFactory.create().execute(request);
        }
        // The learner's code may have left threads behind: the run is over once its results are written.
        System.exit(0);
    }
}
