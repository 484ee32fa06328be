package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.jupiter.api.Test;

class BoardTest {

    private static final Progress WHOLE_RUN = SampleRun.progress(null, Set.of());

    @Test
    void aUtf8TerminalGetsUnicodeAndColour() {
        BoardStyle style = BoardStyle.detect(Map.of("TERM", "xterm-256color"), StandardCharsets.UTF_8);

        String board = Board.render(WHOLE_RUN, style);

        assertThat(style).as("the style on a UTF-8 terminal outside CI").isEqualTo(new BoardStyle(true, true));
        assertThat(board).as("the board on a UTF-8 terminal marks a done exercise with a tick").contains("✔ 01");
        assertThat(board).as("the board on a terminal paints with ANSI colours").contains("\u001B[32m");
    }

    @Test
    void ciGetsPlainAscii() {
        BoardStyle style = BoardStyle.detect(Map.of("TERM", "xterm-256color", "CI", "true"), StandardCharsets.UTF_8);

        assertThat(style.unicode()).as("Unicode marks on a terminal where CI is set").isFalse();
        assertThat(nonAscii(Board.render(WHOLE_RUN, style))).as("characters outside ASCII on the board when CI is set")
                .isEmpty();
    }

    @Test
    void aTerminalThatIsNotUtf8GetsPlainAscii() {
        BoardStyle style = BoardStyle.detect(Map.of("TERM", "xterm"), StandardCharsets.ISO_8859_1);

        assertThat(style.unicode()).as("Unicode marks on an ISO-8859-1 terminal").isFalse();
        assertThat(nonAscii(Board.render(WHOLE_RUN, style))).as("characters outside ASCII on an ISO-8859-1 terminal's board")
                .isEmpty();
        assertThat(Board.render(WHOLE_RUN, style)).as("the ASCII board's marks").contains("[x] 01", "[!] 03", "[-] 08");
    }

    @Test
    void outputThatIsNoTerminalGetsPlainAsciiWithoutColour() {
        BoardStyle style = BoardStyle.detect(Map.of("TERM", "xterm-256color"), null);

        assertThat(style).as("the style of output that goes to a file or a pipe").isEqualTo(BoardStyle.PLAIN);
    }

    @Test
    void noColorTurnsColourOffAndKeepsUnicode() {
        BoardStyle style = BoardStyle.detect(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), StandardCharsets.UTF_8);

        String board = Board.render(WHOLE_RUN, style);

        assertThat(board).as("the board with NO_COLOR set holds no escape character").doesNotContain("\u001B");
        assertThat(board).as("the board with NO_COLOR set on a UTF-8 terminal still uses Unicode marks").contains("✔ 01");
        assertThat(BoardStyle.detect(Map.of("TERM", "xterm", "NO_COLOR", ""), StandardCharsets.UTF_8).colour())
                .as("colour when NO_COLOR is set but empty (no-color.org: only a non-empty value counts)").isTrue();
    }

    @Test
    void aFilteredRunShowsTheOtherExercisesAsNotRun() {
        String board = Board.render(SampleRun.progress(null, Set.of("03")), BoardStyle.PLAIN);

        assertThat(line(board, " 03 ")).as("exercise 03's line when the run chose it").contains("failing", "1 of 2 scenarios pass");
        for (Exercise other : Catalogue.EXERCISES) {
            if (!other.id().equals("03")) {
                assertThat(line(board, " " + other.id() + " ")).as("exercise " + other.id() + "'s line when the run chose 03")
                        .contains("[ ]", "not run");
            }
        }
        assertThat(board).as("the board of a filtered run says so").contains("(this run: exercise 03 only; ./mvnw test runs them all)");
        assertThat(board).as("the points of a filtered run count only what passed").contains("0 of " + Catalogue.EXERCISES.size() + " exercises done");
    }

    @Test
    void theNextExerciseComesWithItsMethodsHintAndCommand() {
        Exercise next = Catalogue.byId("03").orElseThrow();

        String board = Board.render(WHOLE_RUN, BoardStyle.PLAIN);

        assertThat(board).as("the board names the first failing exercise as next")
                .contains("Next: exercise 03, " + next.title() + "  (" + next.feature() + ")");
        assertThat(board).as("the next exercise's methods").contains("Fill in:  " + String.join(", ", next.stubs()));
        assertThat(board).as("the next exercise's failing scenario and its message's first line")
                .contains("Failing:  The Firm by John Grisham", SampleRun.FAILURE.lines().findFirst().orElseThrow());
        assertThat(board.replaceAll("\\s+", " ")).as("the next exercise's hint, wrapped").contains(next.hint().strip().replaceAll("\\s+", " "));
        assertThat(board).as("the command that runs just the next exercise").contains("Run just it:  ./mvnw test -Dkata.exercise=03");
        assertThat(board).as("the command that shows the hint again").contains("java hint.java 03");
        int earned = Catalogue.byId("01").orElseThrow().points() + Catalogue.byId("05").orElseThrow().points();
        assertThat(board).as("the bar counts the done exercises (01, 05) and their points")
                .contains("2 of " + Catalogue.EXERCISES.size() + " exercises done, " + earned + " of " + Catalogue.totalPoints() + " points");
    }

    @Test
    void aRunWithEverythingDoneSaysSo() {
        Progress done = Progress.of(Catalogue.EXERCISES.stream()
                .map(exercise -> new ScenarioResult(exercise.id(), "one scenario", 1, Verdict.PASSED, null, null)).toList(),
                Set.of(), SampleRun.FINISHED);

        assertThat(Board.render(done, BoardStyle.PLAIN)).as("the board when every exercise is done")
                .contains(Catalogue.EXERCISES.size() + " of " + Catalogue.EXERCISES.size() + " exercises done",
                        "Every exercise is done").doesNotContain("Next:");
    }

    /** The first line of the board's list of exercises (two spaces, then a mark) that holds {@code containing}. */
    private static String line(String board, String containing) {
        return board.lines().filter(line -> line.startsWith("  ") && line.contains(containing)).findFirst()
                .orElse("(no line with '" + containing + "')");
    }

    private static String nonAscii(String text) {
        return text.codePoints().filter(c -> c > 127).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
