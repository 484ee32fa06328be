package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HintCommandTest {

    @TempDir
    Path directory;

    @Test
    void anExercisesHintComesWithItsMethodsAndCommand() {
        Exercise browse = Catalogue.byId("05").orElseThrow();

        String hint = HintCommand.hint("05", directory.resolve("progress.json"));

        assertThat(hint).as("./hint 05").isEqualTo("Exercise 05, " + browse.title() + "  (" + browse.feature() + ")\n"
                + "Fill in: " + String.join(", ", browse.stubs()) + "  in src/main/java/bookstore/\n"
                + "Hint: " + browse.hint().strip() + "\n"
                + "Run just it: mvn test -Dkata.exercise=05");
    }

    @Test
    void withoutAnIdItIsTheHintOfTheExerciseTheLastRunNamedNext() throws IOException {
        Path progress = directory.resolve("progress.json");
        Files.writeString(progress, ProgressJson.render(SampleRun.progress(null, Set.of())));

        assertThat(HintCommand.hint(null, progress)).as("./hint after a run whose next exercise is 03")
                .startsWith("Exercise 03, " + Catalogue.byId("03").orElseThrow().title());
        assertThat(HintCommand.hint("", directory.resolve("none.json"))).as("./hint before any run")
                .startsWith("Exercise 01, ");
    }

    @Test
    void anUnknownIdIsRefusedInOneLine() {
        assertThatThrownBy(() -> HintCommand.hint("42", directory.resolve("progress.json"))).as("./hint 42")
                .hasMessage("There is no exercise '42': use ./hint with an id from " + Catalogue.idRange() + ", e.g. ./hint 03");
    }

    @Test
    void theScriptNeedsNoRunOfTheLab() throws Exception {
        Run known = run("05");
        Run unknown = run("42");

        assertThat(known.status).as("the exit status of ./hint 05 (output: " + known.output + ")").isZero();
        assertThat(known.output).as("what ./hint 05 prints").isEqualTo(HintCommand.hint("05", directory.resolve("none")) + "\n");
        assertThat(unknown.status).as("the exit status of ./hint 42").isEqualTo(2);
        assertThat(unknown.output.lines()).as("what ./hint 42 prints").hasSize(1);
    }

    private record Run(int status, String output) {
    }

    private static Run run(String id) throws Exception {
        Process hint = new ProcessBuilder("sh", "hint", id).redirectErrorStream(true).start();
        assertThat(hint.waitFor(60, TimeUnit.SECONDS)).as("./hint " + id + " finished within 60 s").isTrue();
        return new Run(hint.exitValue(), new String(hint.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
