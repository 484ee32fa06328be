package lab.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import lab.LabSettings;
import lab.backend.KataConfigurationException;

/**
 * {@code mvn -Pgrade -Dsubmissions=DIR verify}: grades every subfolder of DIR into {@code target/grades/}.
 * Settings, all optional but the first: {@code -Dsubmissions=DIR}, {@code -Dregrade}, {@code -Dgrade.parallel=N}
 * (default: the cores), {@code -Dgrade.timeLimit=SECONDS} per submission (default 600), {@code -Dgrade.memory=SIZE}
 * (default 768m), {@code -Dkata.timeout=SECONDS} per learner method (default 30).
 */
public final class GradeCommand {

    private GradeCommand() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run();
        } catch (KataConfigurationException wrongSetting) {
            System.err.println("Grading: " + wrongSetting.getMessage());
            status = 2;
        } catch (InterruptedException interrupted) {
            System.err.println("Grading interrupted: every submission graded so far is in the gradebook.");
            status = 130;
        }
        // DynamoDB Local leaves non-daemon threads behind: the batch is over once its gradebook is written.
        System.exit(status);
    }

    private static int run() throws InterruptedException {
        String submissions = System.getProperty("submissions", "").trim();
        if (submissions.isEmpty()) {
            throw new KataConfigurationException("say which folder holds the submissions: "
                    + "mvn -Pgrade -Dsubmissions=DIR verify (one subfolder per learner).");
        }
        Path root = Path.of("").toAbsolutePath();
        Path directory = Path.of(System.getProperty("grade.launchDir", root.toString())).resolve(submissions).normalize();
        GradingSettings settings = new GradingSettings(root.resolve(LabSettings.FEATURES), root.resolve("target/grades"),
                whole("grade.parallel", Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(whole("grade.timeLimit", 600)),
                memory(System.getProperty("grade.memory", "768m")),
                whole("kata.timeout", 30), flag("regrade"), System.getProperty(Sandbox.ISOLATION_PROPERTY, "").trim());
        List<Submission> found = Submission.in(directory);
        if (found.isEmpty()) {
            throw new KataConfigurationException(directory + " has no subfolders: put one folder per learner in it.");
        }
        System.out.printf(Locale.ROOT, "Grading %d submissions from %s, %d at a time, %d s each at most%n",
                found.size(), directory, settings.parallel(), settings.timeLimit().toSeconds());
        long start = System.nanoTime();
        Grader grader = new Grader(settings, root);
        List<SubmissionGrade> grades = grader.grade(found, System.out::println);
        System.out.printf(Locale.ROOT, "Graded %d submissions in %.0f s: %s%n", grades.size(),
                (System.nanoTime() - start) / 1e9, settings.output().resolve("gradebook.html"));
        return 0;
    }

    private static int whole(String property, int otherwise) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            return otherwise;
        }
        if (!value.matches("[1-9][0-9]{0,5}")) {
            throw new KataConfigurationException("-D" + property + " is a whole number such as " + otherwise
                    + ", not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static String memory(String value) {
        if (!value.matches("[1-9][0-9]*[mMgG]")) {
            throw new KataConfigurationException("-Dgrade.memory is a heap size such as 768m or 1g, not '" + value + "'");
        }
        return value;
    }

    private static boolean flag(String property) {
        String value = System.getProperty(property);
        return value != null && !value.equalsIgnoreCase("false");
    }
}
