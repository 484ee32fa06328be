package lab.report;

import java.util.List;

import lab.catalogue.Exercise;

/** One exercise of the catalogue with the results of its scenarios in this run. */
public record ExerciseProgress(Exercise exercise, List<ScenarioResult> scenarios) {

    public ExerciseProgress {
        scenarios = List.copyOf(scenarios);
    }

    public ExerciseState state() {
        if (scenarios.isEmpty()) {
            return ExerciseState.NOT_RUN;
        }
        if (count(Verdict.FAILED) > 0) {
            return ExerciseState.FAILING;
        }
        return count(Verdict.PASSED) > 0 ? ExerciseState.DONE : ExerciseState.SKIPPED;
    }

    public long count(Verdict verdict) {
        return scenarios.stream().filter(scenario -> scenario.verdict() == verdict).count();
    }

    /** The points it earned: all of them once done, none before. */
    public int pointsEarned() {
        return state() == ExerciseState.DONE ? exercise.points() : 0;
    }

    /** The first scenario that failed, in feature-file order. */
    public java.util.Optional<ScenarioResult> firstFailure() {
        return scenarios.stream().filter(scenario -> scenario.verdict() == Verdict.FAILED).findFirst();
    }

    /** Why its scenarios were skipped, when they all were. */
    public String skipReason() {
        return scenarios.stream().map(ScenarioResult::headline).filter(reason -> !reason.isEmpty()).findFirst().orElse("");
    }
}
