package lab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * Points from scenario results. An exercise's points come from the catalogue and are shared out over its scenarios:
 * a submission earns {@code points × passed ÷ counted}. A scenario skipped because the backend lacks a capability
 * counts neither for nor against: it is left out of {@code counted}, and an exercise with no scenario left is worth
 * nothing to anyone (its maximum is 0). A planned scenario that the submission never reported (its JVM was stopped
 * or exited first, or its sources did not compile) counts against it.
 */
public final class Scoring {

    private final List<PlannedScenario> plan;

    public Scoring(List<PlannedScenario> plan) {
        this.plan = List.copyOf(plan);
    }

    /** Every planned scenario's result: as reported, or skipped where the plan says so, or not run (why). */
    public List<ScenarioRecord> results(List<ScenarioRecord> reported, String whyNotRun) {
        Map<String, ScenarioRecord> byKey = reported.stream()
                .collect(Collectors.toMap(ScenarioRecord::key, Function.identity(), (first, again) -> first));
        List<ScenarioRecord> results = new ArrayList<>();
        for (PlannedScenario planned : plan) {
            ScenarioRecord result = byKey.get(planned.key());
            if (planned.skipped()) {
                results.add(new ScenarioRecord(planned.exercise(), planned.feature(), planned.line(), planned.name(),
                        ScenarioRecord.SKIPPED, "Skipped: " + planned.skippedWhy()));
            } else if (result == null) {
                results.add(new ScenarioRecord(planned.exercise(), planned.feature(), planned.line(), planned.name(),
                        ScenarioRecord.NOT_RUN, whyNotRun));
            } else {
                results.add(new ScenarioRecord(planned.exercise(), planned.feature(), planned.line(), planned.name(),
                        result.status(), result.message()));
            }
        }
        return results;
    }

    /** Points per exercise, in catalogue order. */
    public List<ExerciseScore> score(List<ScenarioRecord> results) {
        List<ExerciseScore> scores = new ArrayList<>();
        for (Exercise exercise : Catalogue.EXERCISES) {
            List<ScenarioRecord> mine = results.stream().filter(result -> exercise.id().equals(result.exercise())).toList();
            int skipped = (int) mine.stream().filter(ScenarioRecord::skipped).count();
            int counted = mine.size() - skipped;
            int passed = (int) mine.stream().filter(ScenarioRecord::passed).count();
            int max = counted == 0 ? 0 : exercise.points();
            double points = counted == 0 ? 0 : round(exercise.points() * (double) passed / counted);
            scores.add(new ExerciseScore(exercise.id(), points, max, passed, counted, skipped));
        }
        return scores;
    }

    public static double total(List<ExerciseScore> scores) {
        return round(scores.stream().mapToDouble(ExerciseScore::points).sum());
    }

    public static int max(List<ExerciseScore> scores) {
        return scores.stream().mapToInt(ExerciseScore::max).sum();
    }

    static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
