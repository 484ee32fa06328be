package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Points from scenario results: shared out per scenario, skipped ones counting neither way, unreported ones against. */
class ScoringTest {

    private static final String FEATURE_03 = "03_find_a_book.feature";
    private static final String FEATURE_08 = "08_backups_and_restore.feature";

    private final Scoring scoring = new Scoring(List.of(
            new PlannedScenario("03", FEATURE_03, 7, "found", null),
            new PlannedScenario("03", FEATURE_03, 12, "not found", null),
            new PlannedScenario("03", FEATURE_03, 20, "case matters", null),
            new PlannedScenario("08", FEATURE_08, 8, "backup", "the backend has no on-demand backups"),
            new PlannedScenario("08", FEATURE_08, 15, "restore", "the backend has no on-demand backups")));

    @Test
    void anExerciseIsSharedOutOverItsScenarios() {
        List<ScenarioRecord> results = scoring.results(List.of(
                reported(FEATURE_03, 7, ScenarioRecord.PASSED), reported(FEATURE_03, 12, ScenarioRecord.PASSED),
                reported(FEATURE_03, 20, ScenarioRecord.FAILED)), "unused");
        ExerciseScore findABook = scoring.score(results).get(2);
        assertThat(findABook.id()).as("the third exercise of the catalogue").isEqualTo("03");
        assertThat(findABook.points()).as("exercise 03 (10 points) with 2 of its 3 scenarios passing").isEqualTo(6.67);
        assertThat(findABook.max()).as("exercise 03's maximum").isEqualTo(10);
    }

    @Test
    void scenariosTheBackendCannotRunCountNeitherWay() {
        List<ScenarioRecord> results = scoring.results(List.of(reported(FEATURE_08, 8, ScenarioRecord.PASSED)), "unused");
        ExerciseScore backups = scoring.score(results).get(7);
        assertThat(results).as("results of exercise 08 on a backend without backups")
                .filteredOn(result -> "08".equals(result.exercise())).extracting(ScenarioRecord::status)
                .containsOnly(ScenarioRecord.SKIPPED);
        assertThat(backups.gradable()).as("whether exercise 08 can be graded without backups").isFalse();
        assertThat(backups.points()).as("points for exercise 08 without backups").isZero();
        assertThat(backups.max()).as("maximum of exercise 08 without backups").isZero();
    }

    @Test
    void aScenarioNeverReportedCountsAgainstAndSaysWhy() {
        List<ScenarioRecord> results = scoring.results(List.of(reported(FEATURE_03, 7, ScenarioRecord.PASSED)),
                "not reached: its JVM exited");
        assertThat(results).as("exercise 03's results when the run stopped after its first scenario")
                .filteredOn(result -> "03".equals(result.exercise()))
                .extracting(ScenarioRecord::status, ScenarioRecord::message)
                .containsExactly(tuple(ScenarioRecord.PASSED, null),
                        tuple(ScenarioRecord.NOT_RUN, "not reached: its JVM exited"),
                        tuple(ScenarioRecord.NOT_RUN, "not reached: its JVM exited"));
        assertThat(scoring.score(results).get(2).points()).as("exercise 03 with 1 of 3 scenarios passing")
                .isEqualTo(3.33);
    }

    @Test
    void totalsAddUpOnlyWhatCanBeGraded() {
        List<ExerciseScore> scores = scoring.score(scoring.results(List.of(), "did not compile"));
        assertThat(Scoring.total(scores)).as("total of a submission that did not compile").isZero();
        assertThat(Scoring.max(scores)).as("maximum when only exercise 03 is planned and 08 is skipped").isEqualTo(10);
    }

    private static ScenarioRecord reported(String feature, int line, String status) {
        return new ScenarioRecord(feature.substring(0, 2), feature, line, "reported", status,
                ScenarioRecord.PASSED.equals(status) ? null : "why");
    }
}
