package lab.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exercises.toml as Catalogue reads it: TOML's meaning for what it holds, and one line for what it cannot read. */
class CatalogueFileTest {

    private static final String ONE = """
            # a comment
            [[exercises]]
            id = "01"   # trailing comment
            title = "Say \\"hello\\""
            feature = "features/01_hello.feature"
            stubs = ["Greeter.hello", "Greeter.bye"]
            uses = [
              "Other.thing",  # lists may span lines
            ]
            points = 7
            hint = \"""\\
              One paragraph, \\
              joined.\"""
            """;

    @TempDir
    Path directory;

    @Test
    void anEntryReadsAsTomlMeansIt() throws IOException {
        List<Exercise> exercises = Catalogue.read(write(ONE));

        assertThat(exercises).containsExactly(new Exercise("01", "Say \"hello\"", "features/01_hello.feature",
                List.of("Greeter.hello", "Greeter.bye"), List.of("Other.thing"), "One paragraph, joined.", 7));
    }

    @Test
    void usesMayBeLeftOutAndAMultiLineStringKeepsItsNewlines() throws IOException {
        String text = ONE.replaceAll("(?s)uses = \\[.*?]\\n", "").replace("\\\n  joined", "\n  joined");

        Exercise exercise = Catalogue.read(write(text)).get(0);

        assertThat(exercise.uses()).as("uses, left out").isEmpty();
        assertThat(exercise.hint()).as("a hint whose line does not end with a backslash").isEqualTo("One paragraph, \n  joined.");
    }

    @Test
    void theLabsCatalogueIsTheOneEveryoneReads() {
        assertThat(Catalogue.read(Catalogue.DEFAULT_FILE)).as("exercises.toml read again").isEqualTo(Catalogue.EXERCISES);
        assertThat(Catalogue.idRange()).as("the range of ids")
                .isEqualTo(Catalogue.EXERCISES.get(0).id() + " to " + Catalogue.EXERCISES.get(Catalogue.EXERCISES.size() - 1).id())
                .startsWith("01 to ");
    }

    @Test
    void whatCannotBeReadIsRefusedInOneLineNamingTheLine() throws IOException {
        assertRefused(ONE.replace("points = 7", "points = seven"), "line 10: a value should be a \"string\"");
        assertRefused(ONE.replace("\"features/01_hello.feature\"", "\"features/01\nhello\""),
                "line 5: a \"string\" ends on its line; use \"\"\" for one that spans lines");
        assertRefused(ONE.replace("[[exercises]]", "[exercises]"), "line 2: only arrays of tables ([[name]]) are used here");
        assertRefused(ONE.replace("points = 7", "points = 7\npoints = 8"), "line 11: 'points' is given twice in one table");
        assertRefused(ONE.replace("points = 7", "points = 7 8"), "line 10: expected the end of the line");
        assertRefused(ONE.replace("joined.\"\"\"", "joined."), "a \"\"\"string that is not closed with \"\"\"");
    }

    @Test
    void anEntryWithoutAKeyOrWithAnUnknownOneIsRefusedNamingTheExercise() throws IOException {
        assertRefused(ONE.replace("points = 7\n", ""), ", exercise 1: 'points' is missing");
        assertRefused(ONE.replace("points = 7", "points = 7\nscore = 3"), ", exercise 1: unknown key 'score'");
        assertRefused(ONE.replace("points = 7", "points = \"7\""), ", exercise 1 (01): 'points' should be an integer, it is 7");
        assertRefused(ONE.replace("points = 7", "points = 0"), "points should be a positive whole number, it is 0");
        assertRefused(ONE + ONE, ": two exercises have the id 01");
        assertRefused("# nothing\n", ": no [[exercises]] entry");
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() {
        Path missing = directory.resolve("none.toml");
        assertThatThrownBy(() -> Catalogue.read(missing)).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("Cannot read the exercise catalogue " + missing.toAbsolutePath())
                .hasMessageEndingWith("or set -Dkata.catalogue=FILE");
    }

    private void assertRefused(String text, String problem) throws IOException {
        Path file = write(text);
        assertThatThrownBy(() -> Catalogue.read(file)).as("reading:\n" + text).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(problem)
                .satisfies(refusal -> assertThat(refusal.getMessage().lines()).as("the refusal's lines").hasSize(1));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(directory.resolve("exercises.toml"), text);
    }
}
