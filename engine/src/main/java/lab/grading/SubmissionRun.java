package lab.grading;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import lab.LabLaunch;
import lab.learner.LearnerJvmCommand;
import lab.run.LabRun;
import lab.run.RunResults;
import lab.run.RunSettings;

/**
 * The main of a judge JVM: the facilitator's features and steps against submissions' compiled sources, one job after
 * another, each scenario's verdict told to the grader by {@link JudgeMessages} (a listener of the run's, see
 * {@link RunResults}), and Cucumber's HTML report. Argument: the features directory. On its standard input the grader
 * writes each job, one line that no learner may read ({@link JudgeProtocol.Job}: the job's verdict key, its DynamoDB
 * Local namespace, the store's endpoint, the submission's classes and the report file). Each job ends with a signed
 * job-over message; the JVM ends when its input does.
 */
public final class SubmissionRun {

    private SubmissionRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: SubmissionRun FEATURES_DIR (jobs on stdin)");
            System.exit(2);
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.setIn(InputStream.nullInputStream());
        FileOutputStream console = new FileOutputStream(FileDescriptor.out);
        RunSettings settings;
        try {
            settings = RunSettings.fromSystemProperties();
        } catch (RuntimeException refused) {
            System.err.println("Error: " + refused.getMessage());
            System.exit(2);
            return;
        }
        String line;
        while ((line = stdin.readLine()) != null) {
            JudgeProtocol.Job job;
            try {
                job = JudgeProtocol.Job.parse(line);
            } catch (IllegalArgumentException refused) {
                System.err.println("Error: " + refused.getMessage());
                System.exit(2);
                return;
            }
            JudgeMessages verdicts = new JudgeMessages(console, job.key());
            RunSettings submission = job.endpoint().equals(JudgeProtocol.OWN_STORE)
                    ? settings.forSubmission(Path.of(job.classes()))
                    : settings.forSubmission(job.endpoint(), job.namespace(), Path.of(job.classes()));
            runOne(Path.of(args[0]), job.report(), verdicts, submission);
            verdicts.jobOver();
        }
        System.exit(0);
    }

    private static void runOne(Path features, String report, JudgeMessages verdicts, RunSettings settings) {
        LabLaunch launch = LabLaunch.of(features).reportingTo(RunResults.class.getName() + ", html:" + report);
        LabRun run;
        try {
            run = LabRun.withLearnersStartedFirst(settings);
        } catch (RuntimeException cannotStart) {
            System.err.println("Error: the lab's run could not start: " + cannotStart.getMessage());
            verdicts.runFailed(String.valueOf(cannotStart.getMessage()));
            LabRun.stop();
            return;
        }
        try (LabRun.Listening listening = run.listen(verdicts)) {
            launch.execute();
        }
        // The session's end stops the run already; stopped here in any case, so that the job's learner JVMs are gone
        // before its job-over line lets the next job begin.
        LabRun.stop();
        // In a container judge, learner JVMs run as a user of their own: what they left goes too.
        String sandbox = settings.learners().sandbox();
        if (sandbox.startsWith(LearnerJvmCommand.USER)) {
            LearnerLeftovers.clear(Integer.parseInt(sandbox.substring(LearnerJvmCommand.USER.length())));
        }
    }
}
