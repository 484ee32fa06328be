package lab.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lab.catalogue.Exercise;

/**
 * One exercise of the catalogue with the results of its scenarios: from this run, or, when this run left it out, from
 * the last run that had it ({@link Earlier}).
 *
 * @param planned how many scenarios its feature holds (0 when not known): a run of fewer is partial
 * @param earlier where its results come from an earlier run; null when they are this run's (or there are none)
 */
public record ExerciseProgress(Exercise exercise, List<ScenarioResult> scenarios, int planned, Earlier earlier) {

    /**
     * Results an earlier run left: when it ran, and whether it ran the same learner code as this run (the same
     * fingerprint of the learner's classes). Results of other code say little about this code: they are shown, and
     * earn nothing.
     */
    public record Earlier(Instant ranAt, String fingerprint, boolean sameCode) {
    }

    public ExerciseProgress {
        scenarios = List.copyOf(scenarios);
    }

    /** This run's results, with no feature size known. */
    public ExerciseProgress(Exercise exercise, List<ScenarioResult> scenarios) {
        this(exercise, scenarios, 0, null);
    }

    public ExerciseState state() {
        if (scenarios.isEmpty()) {
            return ExerciseState.NOT_RUN;
        }
        if (count(Verdict.FAILED) > 0) {
            return ExerciseState.FAILING;
        }
        if (count(Verdict.PASSED) == 0) {
            return ExerciseState.SKIPPED;
        }
        return planned > scenarios.size() ? ExerciseState.PARTIAL : ExerciseState.DONE;
    }

    /** Whether its results are this run's own. */
    public boolean ranNow() {
        return earlier == null && !scenarios.isEmpty();
    }

    /** Whether it counts as done: done in this run, or done in an earlier run of the same code. */
    public boolean done() {
        return state() == ExerciseState.DONE && (earlier == null || earlier.sameCode());
    }

    public long count(Verdict verdict) {
        return scenarios.stream().filter(scenario -> scenario.verdict() == verdict).count();
    }

    /** The points it earned: all of them once done, none before. */
    public int pointsEarned() {
        return done() ? exercise.points() : 0;
    }

    /** The first scenario that failed, in feature-file order. */
    public Optional<ScenarioResult> firstFailure() {
        return failures().stream().findFirst();
    }

    /** Every scenario that failed, in feature-file order. */
    public List<ScenarioResult> failures() {
        return scenarios.stream().filter(scenario -> scenario.verdict() == Verdict.FAILED).toList();
    }

    /** Why its scenarios were skipped, when they all were. */
    public String skipReason() {
        return scenarios.stream().map(ScenarioResult::headline).filter(reason -> !reason.isEmpty()).findFirst().orElse("");
    }

    /** The same results, as an earlier run's, for a run that did not have this exercise. */
    ExerciseProgress asEarlier(Instant ranAt, String fingerprint, String currentFingerprint) {
        Instant when = earlier != null ? earlier.ranAt() : ranAt;
        String whose = earlier != null ? earlier.fingerprint() : fingerprint;
        boolean sameCode = whose != null && whose.equals(currentFingerprint);
        return new ExerciseProgress(exercise, scenarios, planned, new Earlier(when, whose, sameCode));
    }
}
