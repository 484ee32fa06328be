package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.tools.ToolProvider;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stubs left are read off compiled classes: a method whose stub's throw is gone is no longer asked for. */
class StubsLeftTest {

    @TempDir
    Path tree;

    @Test
    void aMethodStillThrowingItsStubsMessageIsLeftAndAWrittenOneIsNot() throws IOException {
        Exercise metrics = Catalogue.byId("10").orElseThrow();
        String source = """
                package bookstore;
                public class StoreMetrics {
                    public double tableReadUnits() { return 4.5; }
                    public long systemErrors() { throw new UnsupportedOperationException("%s"); }
                    // userErrors was "%s" once; a comment leaves nothing in the class.
                    public long userErrors() { return 0; }
                }
                """.formatted(metrics.stubMessage("StoreMetrics.systemErrors"), metrics.stubMessage("StoreMetrics.userErrors"));
        Path classes = compile("StoreMetrics", source);

        Set<String> left = StubsLeft.in(classes).orElseThrow();

        assertThat(left).as("the stubs left in a StoreMetrics whose systemErrors alone still throws its stub's exception "
                + "(and whose other methods are missing or written)").containsExactly("StoreMetrics.systemErrors");
    }

    @Test
    void theBoardAsksForTheMethodsLeftAndSaysHowManyAreWritten() {
        Exercise backups = Catalogue.byId("08").orElseThrow();
        List<String> left = backups.stubs().subList(4, backups.stubs().size());

        String line = Board.line(NextStep.of(backups, left, true));

        assertThat(line).as("the board's line for exercise 08 with its last two methods still stubs")
                .startsWith("  Fill in:  " + String.join(", ", left) + "  in src/main/java/bookstore/")
                .endsWith("(4 of " + backups.stubs().size() + " written)");
        assertThat(Board.line(NextStep.of(backups, List.of(), true)))
                .as("the board's line for a failing exercise 08 with no stub left")
                .startsWith("  Mend:     " + String.join(", ", backups.stubs())).contains("none is a stub now");
        assertThat(Board.line(NextStep.of(backups, List.of(), false)))
                .as("the board's line for exercise 08, not run, with no stub left")
                .startsWith("  Written:  " + String.join(", ", backups.stubs())).contains("none is a stub now");
        assertThat(Board.line(NextStep.of(backups, backups.stubs(), false)))
                .as("the board's line for exercise 08 with every method a stub")
                .isEqualTo("  Fill in:  " + String.join(", ", backups.stubs()) + "  in src/main/java/bookstore/");
    }

    @Test
    void theStubsLeftSurviveProgressJsonAndNotKnowingStaysNotKnowing() throws IOException {
        Progress run = Progress.of(List.of(), Set.of(), Instant.EPOCH);
        Progress known = new Progress(run.exercises(), run.selection(), run.scenarios(), run.finishedAt(), null,
                Set.of("BooksTable.delete"));

        assertThat(ProgressJson.read(ProgressJson.render(known)).stubsLeft()).as("the stubs left, written and read again")
                .containsExactly("BooksTable.delete");
        assertThat(ProgressJson.read(ProgressJson.render(run)).stubsLeft()).as("stubs left that were not known, read again")
                .isNull();
        assertThat(run.toFillIn(Catalogue.byId("09").orElseThrow())).as("what to fill in for 09 when the stubs left are not known")
                .containsExactly("BooksTable.delete");
        assertThat(known.toFillIn(Catalogue.byId("01").orElseThrow())).as("what to fill in for 01 when only 09's stub is left")
                .isEmpty();
    }

    @Test
    void noClassesMeansNotKnown() {
        assertThat(StubsLeft.in(tree.resolve("nowhere"))).as("the stubs left in a folder that does not exist").isEmpty();
    }

    private Path compile(String name, String source) throws IOException {
        Path sources = Files.createDirectories(tree.resolve("src/bookstore"));
        Path file = Files.writeString(sources.resolve(name + ".java"), source);
        Path classes = tree.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), file.toString());
        assertThat(status).as("javac's exit status for the test's " + name).isZero();
        return classes;
    }
}
