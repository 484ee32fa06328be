package lab.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * A run's results laid over the catalogue: every exercise in order, each with its scenarios' results.
 *
 * @param exercises  every exercise of the catalogue, in order
 * @param selection  the exercise ids the run was limited to ({@code -Dkata.exercise}); empty when it ran them all
 * @param finishedAt when the run ended
 */
public record Progress(List<ExerciseProgress> exercises, Set<String> selection, Instant finishedAt) {

    public Progress {
        exercises = List.copyOf(exercises);
        selection = Set.copyOf(selection);
    }

    /** Sorts the results into the catalogue's exercises, each exercise's scenarios in feature-file order. */
    public static Progress of(Collection<ScenarioResult> results, Set<String> selection, Instant finishedAt) {
        List<ExerciseProgress> exercises = new ArrayList<>();
        for (Exercise exercise : Catalogue.EXERCISES) {
            exercises.add(new ExerciseProgress(exercise, results.stream()
                    .filter(result -> result.exerciseId().equals(exercise.id()))
                    .sorted(Comparator.comparingInt(ScenarioResult::line).thenComparing(ScenarioResult::name))
                    .toList()));
        }
        return new Progress(exercises, selection, finishedAt);
    }

    public long done() {
        return exercises.stream().filter(exercise -> exercise.state() == ExerciseState.DONE).count();
    }

    public int points() {
        return exercises.stream().mapToInt(ExerciseProgress::pointsEarned).sum();
    }

    public int totalPoints() {
        return exercises.stream().mapToInt(exercise -> exercise.exercise().points()).sum();
    }

    /**
     * The exercise to do next: the first that fails; when none fails, the first that did not run (a filtered run
     * says nothing about it). Empty when every exercise is done or skipped.
     */
    public Optional<ExerciseProgress> next() {
        return exercises.stream().filter(exercise -> exercise.state() == ExerciseState.FAILING).findFirst()
                .or(() -> exercises.stream().filter(exercise -> exercise.state() == ExerciseState.NOT_RUN).findFirst());
    }

    /** Every scenario's result, exercise by exercise. */
    public List<ScenarioResult> scenarios() {
        return exercises.stream().flatMap(exercise -> exercise.scenarios().stream()).toList();
    }
}
