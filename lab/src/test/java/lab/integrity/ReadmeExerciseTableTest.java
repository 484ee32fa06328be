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
