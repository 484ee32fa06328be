package lab.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * A run's results laid over the catalogue: every exercise in order, each with its scenarios' results, this run's or,
 * for an exercise this run left out, an earlier run's.
 *
 * @param exercises   every exercise of the catalogue, in order
 * @param selection   the exercise ids the run was limited to ({@code -Dkata.exercise}); empty when it ran them all
 * @param scenarios   the scenarios the run was limited to, as chosen ({@code features/03_find_a_book.feature:16}, a tag
 *                    expression), or empty when it ran every scenario of the exercises it had
 * @param finishedAt  when the run ended
 * @param fingerprint the learner's code the run ran against (a digest of the learner's classes), or null if unknown
 * @param stubsLeft   the learner methods ({@code Class.method}) that still threw their stub's exception when the run
 *                    ended, read off the learner's classes; null when not known
 */
public record Progress(List<ExerciseProgress> exercises, Set<String> selection, String scenarios, Instant finishedAt,
                       String fingerprint, Set<String> stubsLeft) {

    public Progress {
        exercises = List.copyOf(exercises);
        selection = Set.copyOf(selection);
        scenarios = scenarios == null ? "" : scenarios;
        stubsLeft = stubsLeft == null ? null : Set.copyOf(stubsLeft);
    }

    /** The same, with the stubs left in the learner's classes, as {@link StubsLeft} reads them from this folder. */
    public Progress withStubsLeftIn(Path learnerClasses) {
        return new Progress(exercises, selection, scenarios, finishedAt, fingerprint,
                StubsLeft.in(learnerClasses).orElse(null));
    }

    /**
     * What the learner has to fill in for this exercise: its methods that are still stubs, in the catalogue's order;
     * every method of the exercise when which are stubs is not known.
     */
    public List<String> toFillIn(Exercise exercise) {
        return stubsLeft == null ? exercise.stubs() : exercise.stubs().stream().filter(stubsLeft::contains).toList();
    }

    /** What the learner does next with the methods of {@code exercise}, as it stands in this run. */
    NextStep nextStep(ExerciseProgress exercise) {
        return NextStep.of(exercise.exercise(), toFillIn(exercise.exercise()), exercise.state() == ExerciseState.FAILING);
    }

    /** Sorts the results into the catalogue's exercises, each exercise's scenarios in feature-file order. */
    public static Progress of(Collection<ScenarioResult> results, Set<String> selection, Instant finishedAt) {
        return of(results, Map.of(), selection, "", finishedAt, null, Optional.empty());
    }

    /**
     * This run's results, with each feature's size ({@code planned}, by exercise id), and what an earlier run left
     * for the exercises this one did not run.
     */
    public static Progress of(Collection<ScenarioResult> results, Map<String, Integer> planned, Set<String> selection,
                              String scenarios, Instant finishedAt, String fingerprint, Optional<Progress> earlier) {
        List<ExerciseProgress> exercises = new ArrayList<>();
        for (Exercise exercise : Catalogue.EXERCISES) {
            ExerciseProgress now = new ExerciseProgress(exercise, results.stream()
                    .filter(result -> result.exerciseId().equals(exercise.id()))
                    .sorted(Comparator.comparingInt(ScenarioResult::line).thenComparing(ScenarioResult::name))
                    .toList(), planned.getOrDefault(exercise.id(), 0), null);
            if (now.scenarios().isEmpty() && earlier.isPresent()) {
                Optional<ExerciseProgress> before = earlier.get().exercise(exercise.id())
                        .filter(previous -> !previous.scenarios().isEmpty());
                if (before.isPresent()) {
                    now = before.get().asEarlier(earlier.get().finishedAt(), earlier.get().fingerprint(), fingerprint);
                }
            }
            exercises.add(now);
        }
        return new Progress(exercises, selection, scenarios, finishedAt, fingerprint, null);
    }

    public Optional<ExerciseProgress> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.exercise().id().equals(id)).findFirst();
    }

    /** Exercises done: in this run, or in an earlier run of the same code. */
    public long done() {
        return exercises.stream().filter(ExerciseProgress::done).count();
    }

    public int points() {
        return exercises.stream().mapToInt(ExerciseProgress::pointsEarned).sum();
    }

    public int totalPoints() {
        return exercises.stream().mapToInt(exercise -> exercise.exercise().points()).sum();
    }

    /**
     * The exercise in progress, to do next: the first that failed in this run; else the first this run ran in part;
     * else the first that failed in an earlier run; else the first not done (never run, or done on other code).
     * Empty when every exercise is done or skipped.
     */
    public Optional<ExerciseProgress> next() {
        return first(exercise -> exercise.ranNow() && exercise.state() == ExerciseState.FAILING)
                .or(() -> first(exercise -> exercise.ranNow() && exercise.state() == ExerciseState.PARTIAL))
                .or(() -> first(exercise -> exercise.state() == ExerciseState.FAILING))
                .or(() -> first(exercise -> !exercise.done() && exercise.state() != ExerciseState.SKIPPED));
    }

    private Optional<ExerciseProgress> first(Predicate<ExerciseProgress> test) {
        return exercises.stream().filter(test).findFirst();
    }

    /** Every scenario's result of this run, exercise by exercise. */
    public List<ScenarioResult> scenarioResults() {
        return exercises.stream().filter(ExerciseProgress::ranNow).flatMap(exercise -> exercise.scenarios().stream()).toList();
    }
}
