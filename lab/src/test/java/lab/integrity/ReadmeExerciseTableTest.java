package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.catalogue.ReadmeTable;
import lab.report.Board;
import lab.report.BoardStyle;
import lab.report.Progress;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The README's table of exercises says what the catalogue says: every exercise in its order, with its title, its
 * feature and the methods to fill in ({@code restoreBackup} after {@code BooksTable.createBackup} is of the same class).
 */
class ReadmeExerciseTableTest {

    /** {@code | 03 | Find a book | `features/03_find_a_book.feature` | `BookRepository.find` |} */
    private static final Pattern ROW = Pattern.compile("^\\| (\\d\\d) \\| ([^|]+?) \\| `([^`]+)` \\| (.+?) \\|$");
    private static final Pattern METHOD = Pattern.compile("`([A-Za-z]+\\.)?([A-Za-z]+)`");

    record Row(String id, String title, String feature, List<String> stubs) {
    }

    @Test
    void theReadmesTableOfExercisesIsTheOneTheCatalogueMakes() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(ReadmeTable.rewritten(readme)).as("README.md with its table of exercises made from "
                + Catalogue.DEFAULT_FILE + ": ./mvnw -q -Pclassroom writes it").isEqualTo(readme);
    }

    @Test
    void theReadmesTableOfExercisesIsTheCatalogues() throws IOException {
        List<Row> table = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                table.add(new Row(row.group(1), row.group(2), row.group(3), methods(row.group(4))));
            }
        }
        List<Row> catalogue = Catalogue.EXERCISES.stream()
                .map(exercise -> new Row(exercise.id(), exercise.title(), exercise.feature(), exercise.stubs())).toList();
        assertThat(table).as("the exercises in README.md's table (id, title, feature, methods to fill in), against "
                + Catalogue.DEFAULT_FILE).containsExactlyElementsOf(catalogue);
    }

    /** {@code   [!] 03 Find a book      failing    3 of 16 scenarios pass} in the README's sample board. */
    private static final Pattern BOARD_LINE = Pattern.compile(
            "^  \\[[x!~ -]\\] (\\d\\d) (.+?)\\s{2,}(?:done|failing|partly run)\\s+(?:(\\d+) of )?(\\d+) scenarios.*$");

    @Test
    void theReadmesSampleBoardNamesEachExerciseWithTheScenariosItsFeatureHolds() throws IOException {
        int lines = 0;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher board = BOARD_LINE.matcher(line);
            if (!board.matches()) {
                continue;
            }
            lines++;
            Exercise exercise = Catalogue.byId(board.group(1)).orElseThrow();
            assertThat(board.group(2)).as("the title of exercise " + exercise.id() + " on the README's board")
                    .isEqualTo(exercise.title());
            assertThat(Integer.parseInt(board.group(4))).as("the scenarios of exercise " + exercise.id()
                    + " on the README's board, against " + exercise.feature()).isEqualTo(scenariosIn(exercise.featurePath()));
        }
        assertThat(lines).as("exercise lines of the sample board found in README.md").isGreaterThanOrEqualTo(3);
    }

    /**
     * The README's sample board is what the board draws for a run with its figures: each exercise it shows passes and
     * fails as many scenarios as it says (those it leaves out fail all theirs), and every line of it that is not an ellipsis is a line
     * of the board drawn for that run, in the same order.
     */
    @Test
    void theReadmesSampleBoardIsTheBoardDrawnForARunWithItsFigures() throws IOException {
        List<String> sample = sampleBoard();
        List<ScenarioResult> results = new ArrayList<>();
        for (Exercise exercise : Catalogue.EXERCISES) {
            int scenarios = scenariosIn(exercise.featurePath());
            int passing = sample.stream().map(BOARD_LINE::matcher).filter(Matcher::matches)
                    .filter(line -> line.group(1).equals(exercise.id()))
                    .map(line -> line.group(3) == null ? scenarios : Integer.parseInt(line.group(3)))
                    .findFirst().orElse(0);
            for (int i = 0; i < scenarios; i++) {
                boolean passes = i >= scenarios - passing;
                String name = exercise.id().equals("03") && i == 0 ? "The Rainmaker by John Grisham" : "scenario " + (i + 1);
                results.add(new ScenarioResult(exercise.id(), name, i + 1, passes ? Verdict.PASSED : Verdict.FAILED,
                        passes ? null : "...the first line of what went wrong...", null));
            }
        }
        List<String> drawn = Board.render(Progress.of(results, java.util.Set.of(), java.time.Instant.now()), BoardStyle.PLAIN)
                .lines().map(String::stripTrailing).toList();
        int at = 0;
        for (String line : sample) {
            if (line.strip().startsWith("...") || line.strip().endsWith("...") && !line.contains("Hint:")) {
                continue;
            }
            String expected = line.contains("Hint:") ? line.substring(0, line.indexOf(": ...")) : line;
            int found = -1;
            for (int i = at; i < drawn.size(); i++) {
                if (drawn.get(i).startsWith(expected)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("the README's board line \"" + line + "\" in the board drawn for a run with its "
                    + "figures, after line " + at + ":\n" + String.join("\n", drawn)).isNotNegative();
            at = found + 1;
        }
    }

    /** The lines of the README's sample board: the code block that starts with the lab's name. */
    private static List<String> sampleBoard() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("Bookstore DynamoDB lab");
        assertThat(start).as("the README's sample board, starting with the line 'Bookstore DynamoDB lab'").isPositive();
        List<String> board = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            board.add(lines.get(i).stripTrailing());
        }
        return board;
    }

    /** The scenarios a feature holds: each Scenario or Example, and each row of an outline's Examples. */
    static int scenariosIn(Path feature) throws IOException {
        int count = 0;
        boolean inExamples = false;
        boolean header = false;
        for (String raw : Files.readAllLines(feature)) {
            String line = raw.strip();
            if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
                count++;
                inExamples = false;
            } else if (line.startsWith("Examples:") || line.startsWith("Scenarios:")) {
                inExamples = true;
                header = true;
            } else if (inExamples && line.startsWith("|")) {
                if (header) {
                    header = false;
                } else {
                    count++;
                }
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")) {
                inExamples = false;
            }
        }
        return count;
    }

    private static List<String> methods(String cell) {
        List<String> methods = new ArrayList<>();
        String className = "";
        Matcher method = METHOD.matcher(cell);
        while (method.find()) {
            if (method.group(1) != null) {
                className = method.group(1);
            }
            methods.add(className + method.group(2));
        }
        return methods;
    }
}
