package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;

/** Which exercise a save reruns: the first, in catalogue order, not yet passing. */
class StandingsTest {

    private final Standings standings = new Standings();

    @Test
    void beforeAnythingRanTheFirstExerciseIsInProgress() {
        assertThat(standings.inProgress()).as("the exercise in progress before any run").contains(exercise("01"));
    }

    @Test
    void theFirstExerciseThatFailsIsInProgressEvenWhenLaterOnesPass() {
        standings.update(List.of(), List.of(
                result("01", Verdict.PASSED), result("02", Verdict.PASSED), result("03", Verdict.PASSED),
                result("03", Verdict.FAILED), result("04", Verdict.FAILED), result("05", Verdict.PASSED),
                result("06", Verdict.PASSED), result("07", Verdict.PASSED), result("08", Verdict.SKIPPED),
                result("09", Verdict.PASSED)));

        assertThat(standings.inProgress()).as("the exercise in progress when 03 and 04 fail").contains(exercise("03"));
    }

    @Test
    void anExerciseTheBackendSkipsIsPassedOverAndNothingIsInProgressOnceTheRestPass() {
        standings.update(List.of(), Catalogue.EXERCISES.stream()
                .map(exercise -> result(exercise.id(), exercise.id().equals("08") ? Verdict.SKIPPED : Verdict.PASSED))
                .toList());

        assertThat(standings.inProgress()).as("the exercise in progress when all pass but 08, which was skipped").isEmpty();
    }

    @Test
    void aRerunOfOneExerciseReplacesItsResultsAndKeepsTheOthers() {
        standings.update(List.of(), List.of(result("01", Verdict.PASSED), result("02", Verdict.FAILED),
                result("03", Verdict.FAILED)));

        standings.update(List.of(exercise("02")), List.of(result("02", Verdict.PASSED)));

        assertThat(standings.done(exercise("02"))).as("02 after a rerun of 02 in which it passed").isTrue();
        assertThat(standings.done(exercise("01"))).as("01, which the rerun of 02 did not run").isTrue();
        assertThat(standings.inProgress()).as("the exercise in progress once 01 and 02 pass").contains(exercise("03"));
    }

    @Test
    void anExerciseThatRanNoScenarioIsNotDone() {
        standings.update(List.of(exercise("01")), List.of());

        assertThat(standings.done(exercise("01"))).as("01 after a rerun that reported none of its scenarios").isFalse();
        assertThat(standings.inProgress()).as("the exercise in progress").contains(exercise("01"));
    }

    private static Exercise exercise(String id) {
        return Catalogue.byId(id).orElseThrow();
    }

    private static ScenarioResult result(String exercise, Verdict verdict) {
        return new ScenarioResult(exercise, "a scenario of " + exercise + " that " + verdict, 1, verdict,
                verdict == Verdict.PASSED ? null : "why", null);
    }
}
