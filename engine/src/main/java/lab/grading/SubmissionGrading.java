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
            SubmissionJvm.Exit exit = judgedOnceMore(folder, namespace, null);
            ReportedResults results = ReportedResults.of(exit.verdicts());
            Optional<String> judgeFailed = judgeFailure(exit, results);
            boolean onAFreshJudge = judgeFailed.isPresent();
            if (onAFreshJudge) {
                // The judge could not do its job (its sandbox or a learner JVM did not start): a fresh one tries again
                // before the submission is said to be the harness's failure.
                exit = judgedOnceMore(folder, namespace, judgeFailed.get());
                results = ReportedResults.of(exit.verdicts());
                judgeFailed = judgeFailure(exit, results);
            }
            return judged(submission, exit, results, judgeFailed, onAFreshJudge, flags, start);
        } catch (InterruptedException interrupted) {
            throw interrupted;
        } catch (RuntimeException harness) {
            return notRun(submission, RunOutcome.HARNESS_ERROR, "the grader could not run it: " + harness.getMessage(),
                    flags, List.of(), start);
        }
    }

    /**
     * The submission run by this thread's judge; where {@code failedBefore} says why a judge failed it already (or
     * where this attempt throws), on a fresh judge, once.
     */
    private SubmissionJvm.Exit judgedOnceMore(Path folder, String namespace, String failedBefore)
            throws InterruptedException {
        if (failedBefore != null) {
            jvm.replaceJudge();
        }
        try (BatchServer.Lease server = servers.lease()) {
            return jvm.run(folder, folder.resolve("classes"), server.endpoint(), namespace, settings.features());
        } catch (RuntimeException harness) {
            if (failedBefore != null) {
                throw harness;
            }
            return judgedOnceMore(folder, namespace, harness.getMessage());
        }
    }

    /**
     * The grade of a run that {@code judgeFailed} says the judge could not do, if it could not; {@code onAFreshJudge}
     * when it was the second judge's attempt.
     */
    private SubmissionGrade judged(Submission submission, SubmissionJvm.Exit exit, ReportedResults results,
                                   Optional<String> judgeFailed, boolean onAFreshJudge, List<String> flags, long start) {
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
        } else if (judgeFailed.isPresent()) {
            outcome = RunOutcome.HARNESS_ERROR;
            reason = "the lab's run failed to start: " + judgeFailed.get();
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
        if (outcome == RunOutcome.HARNESS_ERROR && onAFreshJudge) {
            reason += " (on a fresh judge too)";
        }
        return grade(submission, outcome, reason, flags, List.of(), scenarios, start);
    }

    /**
     * Why the judge itself could not run the submission, as opposed to the learner's code ending it: what it said,
     * signed, when the lab's run could not start; or, when it ended without a word (its sandbox never let it start,
     * or its java was not found: the learner's code runs in learner JVMs, so it cannot end the judge before the
     * first scenario is told), the first error on its console, else its exit status.
     */
    static Optional<String> judgeFailure(SubmissionJvm.Exit exit, ReportedResults results) {
        if (results.runFailed() != null) {
            return Optional.of(results.runFailed());
        }
        if (results.heardAny() || exit.timedOut() || exit.diskFull() || exit.outOfMemory()) {
            return Optional.empty();
        }
        List<String> said = exit.outputTail().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return Optional.of(said.stream()
                .filter(line -> line.startsWith("Exception in thread \"main\"") || line.startsWith("Error: ")
                        || line.startsWith("bwrap: ") || line.startsWith("docker: ") || line.contains("not found"))
                .findFirst()
                .orElse(said.isEmpty() ? "it ended with status " + exit.status() + " before saying anything"
                        : said.get(said.size() - 1)));
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
