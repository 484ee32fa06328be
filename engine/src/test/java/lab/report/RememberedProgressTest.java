package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lab.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * What a run remembers and what it proves: a run of part of an exercise never makes it done, a run of some exercises
 * keeps what earlier runs found of the others (marked as earlier, and as other code when the code changed), and the
 * exercise in progress is the one the learner is at.
 */
class RememberedProgressTest {

    private static final Instant EARLIER = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private static ScenarioResult passed(String exercise, int line) {
        return new ScenarioResult(exercise, "scenario at " + line, line, Verdict.PASSED, null, null);
    }

    private static ScenarioResult failed(String exercise, int line, String why) {
        return new ScenarioResult(exercise, "scenario at " + line, line, Verdict.FAILED, why, null);
    }

    /** Every scenario of 01 and 02 passed, and 03 failed at two scenarios, on code "aaaa". */
    private static Progress earlierRun() {
        List<ScenarioResult> results = new ArrayList<>(List.of(passed("01", 10), passed("01", 20),
                passed("02", 10), failed("03", 10, "one"), failed("03", 20, "two"), passed("03", 30)));
        return Progress.of(results, Map.of("01", 2, "02", 1, "03", 3), Set.of(), "", EARLIER, "aaaa", Optional.empty());
    }

    @Test
    void oneScenarioOfAnExerciseIsAPartialRunThatEarnsNothing() {
        Progress progress = Progress.of(List.of(passed("03", 56)), Map.of("03", 7), Set.of(),
                "features/03_find_a_book.feature:56", NOW, "aaaa", Optional.empty());

        ExerciseProgress findABook = progress.exercise("03").orElseThrow();
        assertThat(findABook.state()).as("exercise 03 after one of its seven scenarios passed").isEqualTo(ExerciseState.PARTIAL);
        assertThat(findABook.pointsEarned()).as("its points").isZero();
        assertThat(progress.done()).as("exercises done").isZero();
        assertThat(progress.next().map(next -> next.exercise().id())).as("the exercise in progress").contains("03");
        String board = Board.render(progress, new BoardStyle(false, false));
        assertThat(board).as("the board").contains("[~] 03 Find a book", "partly run", "1 of 7 scenarios ran")
                .contains("this run: features/03_find_a_book.feature:56 only").contains("0 of " + Catalogue.EXERCISES.size()
                        + " exercises done");
    }

    @Test
    void aRunOfOneExerciseKeepsWhatEarlierRunsFoundOfTheOthers() {
        Progress progress = Progress.of(List.of(passed("04", 10)), Map.of("04", 1), Set.of("04"), "", NOW, "aaaa",
                Optional.of(earlierRun()));

        assertThat(progress.exercise("01").orElseThrow().done()).as("01, done in an earlier run of the same code").isTrue();
        assertThat(progress.exercise("01").orElseThrow().earlier().ranAt()).as("when 01 ran").isEqualTo(EARLIER);
        assertThat(progress.exercise("04").orElseThrow().ranNow()).as("04 ran now").isTrue();
        assertThat(progress.done()).as("01, 02 (earlier, same code) and 04 (now)").isEqualTo(3);
        assertThat(progress.next().map(next -> next.exercise().id())).as("the exercise in progress: 03, failing earlier")
                .contains("03");
        assertThat(FinalBoard.remaining(progress)).as("the build's verdict: only what this run ran counts").isEmpty();
        assertThat(Board.render(progress, new BoardStyle(false, false))).as("the board")
                .contains("(earlier run, same code)").contains("3 of " + Catalogue.EXERCISES.size() + " exercises done");
    }

    @Test
    void resultsOfOtherCodeAreShownAsSuchAndEarnNothing() {
        Progress progress = Progress.of(List.of(passed("04", 10)), Map.of("04", 1), Set.of("04"), "", NOW, "bbbb",
                Optional.of(earlierRun()));

        ExerciseProgress create = progress.exercise("01").orElseThrow();
        assertThat(create.state()).as("01's last known state").isEqualTo(ExerciseState.DONE);
        assertThat(create.done()).as("01 counts as done on other code").isFalse();
        assertThat(progress.done()).as("only 04, run now").isEqualTo(1);
        assertThat(Board.render(progress, new BoardStyle(false, false))).as("the board")
                .contains("on earlier code: rerun to confirm");
    }

    @Test
    void whatIsRememberedSurvivesProgressJsonAndAThirdRun() throws Exception {
        Progress second = Progress.of(List.of(passed("04", 10)), Map.of("04", 1), Set.of("04"), "", NOW, "aaaa",
                Optional.of(earlierRun()));
        Progress read = ProgressJson.read(ProgressJson.render(second));
        Progress third = Progress.of(List.of(passed("05", 10)), Map.of("05", 1), Set.of("05"), "", NOW.plusSeconds(60),
                "aaaa", Optional.of(read));

        assertThat(third.exercise("01").orElseThrow().earlier().ranAt()).as("01 still dates from the first run")
                .isEqualTo(EARLIER);
        assertThat(third.exercise("04").orElseThrow().earlier().ranAt()).as("04 dates from the second").isEqualTo(NOW);
        assertThat(third.done()).as("01, 02, 04 and 05").isEqualTo(4);
    }

    @Test
    void theBoardListsEveryFailingScenarioOfTheExerciseInProgress() {
        String board = Board.render(earlierRun(), new BoardStyle(false, false));
        assertThat(board).as("the board").contains("Failing:  scenario at 10\n            one\n            scenario at 20\n"
                + "            two\n");
    }

    @Test
    void failuresThatAllSayTheSameSayItOnce() {
        String stub = "Not implemented yet: BooksTable.create — exercise 01, features/01_create_the_table.feature";
        Progress progress = Progress.of(List.of(failed("01", 10, stub), failed("01", 20, stub)), Map.of("01", 2),
                Set.of(), "", NOW, "aaaa", Optional.empty());
        assertThat(Board.render(progress, new BoardStyle(false, false))).as("the board")
                .contains("Failing:  scenario at 10\n            scenario at 20\n            each: " + stub + "\n");
    }

    @Test
    void aLongMessageKeepsItsFiguresAndLosesItsDump() {
        String dump = "Expected size: 300 but was: 279 in: " + "[Book[author=A, title=T, formats={}], ".repeat(2_000);
        String kept = ScenarioResult.abbreviated(dump + "\n" + "line\n".repeat(100));
        assertThat(kept).as("the message kept").startsWith("Expected size: 300 but was: 279 in: [Book")
                .contains("more characters)").endsWith("more lines)").hasSizeLessThan(1_000);
    }
}
