package lab.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Grades one submission: takes its learner sources, compiles them, runs them in a JVM of their own, scores the run. */
final class SubmissionGrading {

    private final GradingSettings settings;
    private final Scoring scoring;
    private final SubmissionCompiler compiler;
    private final SubmissionJvm jvm;
    private final BatchServer servers;
    private final Gradebook gradebook;

    SubmissionGrading(GradingSettings settings, Scoring scoring, SubmissionCompiler compiler, SubmissionJvm jvm,
                      BatchServer servers, Gradebook gradebook) {
        this.settings = settings;
        this.scoring = scoring;
        this.compiler = compiler;
        this.jvm = jvm;
        this.servers = servers;
        this.gradebook = gradebook;
    }

    SubmissionGrade grade(Submission submission, String namespace, List<String> flags) throws InterruptedException {
        long start = System.nanoTime();
        gradebook.clearLearner(submission.learner());
        Path folder = gradebook.learnerFolder(submission.learner());
        try {
            List<Path> sources = submission.learnerSources();
            if (sources.isEmpty()) {
                return notRun(submission, RunOutcome.NO_SOURCES, "no learner sources: the folder has neither "
                        + "src/main/java/bookstore nor bookstore/", flags, List.of(), start);
            }
            List<String> errors = compiler.compile(submission.sourceRoot().orElseThrow(), sources,
                    folder.resolve("classes"));
            if (!errors.isEmpty()) {
                return notRun(submission, RunOutcome.COMPILE_ERROR, "did not compile: " + errors.get(0), flags, errors,
                        start);
            }
            SubmissionJvm.Exit exit;
            try (BatchServer.Lease server = servers.lease()) {
                exit = jvm.run(folder, folder.resolve("classes"), server.endpoint(), namespace, settings.features());
            }
            return judged(submission, exit, ReportedResults.of(exit.verdicts()), flags, start);
        } catch (InterruptedException interrupted) {
            throw interrupted;
        } catch (RuntimeException harness) {
            return notRun(submission, RunOutcome.HARNESS_ERROR, "the grader could not run it: " + harness.getMessage(),
                    flags, List.of(), start);
        }
    }

    private SubmissionGrade judged(Submission submission, SubmissionJvm.Exit exit, ReportedResults results,
                                   List<String> flags, long start) {
        RunOutcome outcome;
        String reason;
        if (exit.timedOut()) {
            outcome = RunOutcome.TIME_LIMIT;
            reason = "stopped at the " + settings.timeLimit().toSeconds() + " s time limit (a hang or an endless loop?)";
        } else if (exit.diskFull()) {
            outcome = RunOutcome.DISK_LIMIT;
            reason = "stopped: its folder outgrew " + jvm.limits().folderBytes() / (1024 * 1024) + " MB";
        } else if (exit.outOfMemory()) {
            outcome = RunOutcome.OUT_OF_MEMORY;
            reason = "ran out of memory (-Xmx" + settings.memory() + ")";
        } else if (results.runFinished()) {
            outcome = RunOutcome.GRADED;
            reason = "ran every scenario";
        } else if (harnessFailure(exit).isPresent()) {
            outcome = RunOutcome.HARNESS_ERROR;
            reason = "the lab's run failed to start: " + harnessFailure(exit).get();
        } else {
            outcome = RunOutcome.EXITED;
            reason = "its JVM exited with status " + exit.status() + " before the run finished "
                    + "(System.exit or Runtime.halt in the learner's code?)";
        }
        String whyNotRun = outcome == RunOutcome.GRADED ? "not reported by the run" : "not reached: " + reason;
        List<ScenarioRecord> scenarios = scoring.results(results.scenarios(), whyNotRun);
        if (outcome != RunOutcome.GRADED && !results.scenarios().isEmpty()) {
            reason += "; the " + results.scenarios().size() + " scenarios it finished first still count";
        }
        return grade(submission, outcome, reason, flags, List.of(), scenarios, start);
    }

    /** What the JVM said when the harness itself could not run (as opposed to the learner's code ending it). */
    private static Optional<String> harnessFailure(SubmissionJvm.Exit exit) {
        return exit.outputTail().lines()
                .filter(line -> line.startsWith("Exception in thread \"main\"") || line.startsWith("Error: "))
                .findFirst();
    }

    private SubmissionGrade notRun(Submission submission, RunOutcome outcome, String reason, List<String> flags,
                                   List<String> compileErrors, long start) {
        return grade(submission, outcome, reason, flags, compileErrors, scoring.results(List.of(), reason), start);
    }

    private SubmissionGrade grade(Submission submission, RunOutcome outcome, String reason, List<String> flags,
                                  List<String> compileErrors, List<ScenarioRecord> scenarios, long start) {
        List<ExerciseScore> exercises = scoring.score(scenarios);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new SubmissionGrade(submission.learner(), outcome, reason, flags, compileErrors, exercises, scenarios,
                Scoring.total(exercises), Scoring.max(exercises), jvm.isolation().label(),
                Double.parseDouble(String.format(Locale.ROOT, "%.1f", seconds)), Grader.now());
    }
}
