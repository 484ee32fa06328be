package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import lab.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRIBUTING.md's steps for a new exercise are all it takes: in a scratch copy of the project, a throwaway exercise
 * made of exactly those files (a catalogue entry, a feature, a stub, a solution, a step class; nothing else by hand)
 * gets its README row and Classroom step from {@code ./mvnw -q -Pclassroom}, fails on its stub with the stub's message
 * and passes on its solution, with its line on the board, through the README's own command ({@code ./mvnw test},
 * offline: the build that runs this test has every artifact already).
 */
class NewExerciseTest {

    @TempDir
    Path scratch;
    private ScratchProject project;

    @Test
    void anExerciseMadeOfTheFilesContributingListsFailsOnItsStubAndPassesOnItsSolution() throws Exception {
        String id = String.format("%02d", Catalogue.EXERCISES.size() + 1);
        project = ScratchProject.copiedTo(scratch);

        append("exercises.toml", piece("catalogue-entry.toml", id));
        Files.writeString(scratch.resolve("features/" + id + "_count_an_authors_books.feature"), piece("feature.txt", id));
        replaceLastBrace("src/main/java/bookstore/BookRepository.java", piece("stub.txt", id));
        replaceLastBrace("solutions/src/main/java/bookstore/BookRepository.java", piece("solution.txt", id));
        Files.writeString(scratch.resolve("lab/src/main/java/lab/steps/CountSteps.java"), piece("CountSteps.java.txt", id));

        ScratchProject.Build regenerated = project.maven("-Pclassroom");
        assertThat(regenerated.exit()).as("./mvnw -q -Pclassroom:\n" + regenerated.tail()).isZero();
        assertThat(Files.readString(scratch.resolve("README.md"))).as("README.md's table after ./mvnw -q -Pclassroom")
                .contains("| " + id + " | Count an author's books | `features/" + id
                        + "_count_an_authors_books.feature` | `BookRepository.countByAuthor` |");
        assertThat(Files.readString(scratch.resolve(".github/workflows/classroom.yml")))
                .as("the Classroom workflow after ./mvnw -q -Pclassroom").contains("-Dkata.exercise=" + id);

        ScratchProject.Build onTheStub = project.maven("test", "-Dkata.exercise=" + id);
        assertThat(onTheStub.exit()).as("./mvnw test -Dkata.exercise=" + id + " on the new stub:\n" + onTheStub.tail()).isNotZero();
        assertThat(onTheStub.output()).as("the board of a run on the new stub:\n" + onTheStub.tail())
                .containsPattern("\\[[!x~ ]\\] " + id + " Count an author's books +failing +0 of 1 scenarios pass")
                .contains("BookRepository.countByAuthor — exercise " + id + ", features/" + id + "_count_an_authors_books.feature")
                .endsWith("Exercise " + id + " is not done yet: see the board above; ./mvnw test -Dkata.exercise=" + id
                        + " runs exercise " + id + " alone." + System.lineSeparator())
                .doesNotContain("[Help 1]");

        ScratchProject.Build onTheSolution = project.maven("test", "-Dkata.exercise=" + id,
                "-Dkata.sources=" + scratch.resolve("solutions/src/main/java"));
        assertThat(onTheSolution.exit()).as("./mvnw test -Dkata.exercise=" + id + " on the new solution:\n"
                + onTheSolution.tail()).isZero();
        assertThat(onTheSolution.output()).as("the board of a run on the new solution:\n" + onTheSolution.tail())
                .containsPattern("\\[x\\] " + id + " Count an author's books +done +1 scenarios pass");
    }

    private static String piece(String name, String id) throws IOException {
        try (InputStream in = NewExerciseTest.class.getResourceAsStream("/new-exercise/" + name)) {
            assertThat(in).as("the new exercise's " + name + " beside this test").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{id}", id);
        }
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(scratch.resolve(file), text, StandardOpenOption.APPEND);
    }

    /** The class's closing brace, replaced by the new method and the brace. */
    private void replaceLastBrace(String file, String methodAndBrace) throws IOException {
        Path path = scratch.resolve(file);
        String text = Files.readString(path).stripTrailing();
        assertThat(text).as(file + " ends with its class's closing brace").endsWith("}");
        Files.writeString(path, text.substring(0, text.length() - 1).stripTrailing() + "\n" + methodAndBrace);
    }
}
