package lab.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.report.ExerciseProgress;
import lab.report.ExerciseState;
import lab.report.Progress;
import lab.report.ScenarioResult;

/**
 * Where the learner stands while watching: for each exercise, the results of the last rerun that ran it. A rerun of
 * one exercise replaces that exercise's results and leaves the others' as they were.
 */
final class Standings {

    private final Map<String, List<ScenarioResult>> byExercise = new LinkedHashMap<>();

    /** Takes in a rerun of {@code ran} (every exercise when empty). */
    void update(List<Exercise> ran, Collection<ScenarioResult> results) {
        List<Exercise> replaced = ran.isEmpty() ? Catalogue.EXERCISES : ran;
        for (Exercise exercise : replaced) {
            byExercise.put(exercise.id(), results.stream()
                    .filter(result -> result.exerciseId().equals(exercise.id())).toList());
        }
    }

    /** Whether no rerun has reported yet. */
    boolean empty() {
        return byExercise.isEmpty();
    }

    /** Everything known so far, laid over the catalogue. */
    Progress progress(Set<String> selection) {
        List<ScenarioResult> all = new ArrayList<>();
        byExercise.values().forEach(all::addAll);
        return Progress.of(all, selection, Instant.now());
    }

    /**
     * The exercise in progress: the first, in catalogue order, that is failing or has not run yet. An exercise whose
     * scenarios the backend skips is passed over, since no save can change it.
     */
    Optional<Exercise> inProgress() {
        return progress(Set.of()).exercises().stream()
                .filter(exercise -> exercise.state() == ExerciseState.FAILING || exercise.state() == ExerciseState.NOT_RUN)
                .map(ExerciseProgress::exercise).findFirst();
    }

    boolean done(Exercise exercise) {
        return progress(Set.of()).exercises().stream()
                .filter(progress -> progress.exercise().equals(exercise))
                .anyMatch(progress -> progress.state() == ExerciseState.DONE);
    }
}
