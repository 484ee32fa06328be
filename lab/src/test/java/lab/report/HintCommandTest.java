package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
                + "Run just it: ./mvnw test -Dkata.exercise=05");
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
                .hasMessage("There is no exercise '42': use an id from " + Catalogue.idRange() + ", e.g. java hint.java 03");
    }

    @Test
    void hintJavaNeedsTheJdkAloneAndNotTheLearnersCode() throws Exception {
        Path kata = copyOfWhatHintJavaReads(directory.resolve("kata"));
        Files.createDirectories(kata.resolve("src/main/java/bookstore"));
        Files.writeString(kata.resolve("src/main/java/bookstore/BookRepository.java"), "class Half-written {");

        Run known = run(kata, "05");
        Run unknown = run(kata, "42");

        assertThat(known.status).as("the exit status of java hint.java 05 (output: " + known.output + ")").isZero();
        assertThat(known.output).as("what java hint.java 05 prints")
                .isEqualTo(HintCommand.hint("05", directory.resolve("none")) + System.lineSeparator());
        assertThat(unknown.status).as("the exit status of java hint.java 42").isEqualTo(2);
        assertThat(unknown.output.lines()).as("what java hint.java 42 prints").hasSize(1);
    }

    @Test
    void anUnreadableCatalogueIsOneLine() throws Exception {
        Path kata = copyOfWhatHintJavaReads(directory.resolve("kata"));
        Path file = kata.resolve(Catalogue.DEFAULT_FILE);
        Files.writeString(file, Files.readString(file).replace("id = \"01\"", "id = 01"));

        Run broken = run(kata, "05");

        assertThat(broken.status).as("the exit status of java hint.java over a broken catalogue").isEqualTo(1);
        assertThat(broken.output).as("what java hint.java prints over a broken catalogue")
                .isEqualTo(Catalogue.DEFAULT_FILE + ", exercise 1 (1): 'id' should be a \"string\", it is 1"
                        + System.lineSeparator());
    }

    private record Run(int status, String output) {
    }

    /** hint.java, the catalogue and the sources it compiles: nothing else of the kata. */
    private static Path copyOfWhatHintJavaReads(Path kata) throws IOException {
        Path sources = Path.of("engine", "src", "main", "java", "lab");
        for (Path file : List.of(Path.of("hint.java"), Catalogue.DEFAULT_FILE,
                sources.resolve("report/HintCommand.java"), sources.resolve("report/Commands.java"))) {
            Files.createDirectories(kata.resolve(file).getParent() == null ? kata : kata.resolve(file).getParent());
            Files.copy(file, kata.resolve(file));
        }
        Files.createDirectories(kata.resolve(sources.resolve("catalogue")));
        try (Stream<Path> catalogue = Files.list(sources.resolve("catalogue"))) {
            for (Path file : catalogue.toList()) {
                Files.copy(file, kata.resolve(file));
            }
        }
        return kata;
    }

    private static Run run(Path kata, String id) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process hint = new ProcessBuilder(java, "hint.java", id).directory(kata.toFile()).redirectErrorStream(true).start();
        assertThat(hint.waitFor(60, TimeUnit.SECONDS)).as("java hint.java " + id + " finished within 60 s").isTrue();
        return new Run(hint.exitValue(), new String(hint.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
