package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    /** Folders of the project the scratch copy leaves out: builds and version control. */
    private static final Set<String> LEFT_OUT = Set.of("target", ".git");
    private static final long BUILD_LIMIT_MINUTES = 5;

    @TempDir
    Path scratch;

    @Test
    void anExerciseMadeOfTheFilesContributingListsFailsOnItsStubAndPassesOnItsSolution() throws Exception {
        String id = String.format("%02d", Catalogue.EXERCISES.size() + 1);
        copyProject(Path.of("").toAbsolutePath(), scratch);

        append("exercises.toml", piece("catalogue-entry.toml", id));
        Files.writeString(scratch.resolve("features/" + id + "_count_an_authors_books.feature"), piece("feature.txt", id));
        replaceLastBrace("src/main/java/bookstore/BookRepository.java", piece("stub.txt", id));
        replaceLastBrace("solutions/src/main/java/bookstore/BookRepository.java", piece("solution.txt", id));
        Files.writeString(scratch.resolve("lab/src/main/java/lab/steps/CountSteps.java"), piece("CountSteps.java.txt", id));

        Build regenerated = maven("-Pclassroom");
        assertThat(regenerated.exit()).as("./mvnw -q -Pclassroom:\n" + regenerated.tail()).isZero();
        assertThat(Files.readString(scratch.resolve("README.md"))).as("README.md's table after ./mvnw -q -Pclassroom")
                .contains("| " + id + " | Count an author's books | `features/" + id
                        + "_count_an_authors_books.feature` | `BookRepository.countByAuthor` |");
        assertThat(Files.readString(scratch.resolve(".github/workflows/classroom.yml")))
                .as("the Classroom workflow after ./mvnw -q -Pclassroom").contains("-Dkata.exercise=" + id);

        Build onTheStub = maven("test", "-Dkata.exercise=" + id);
        assertThat(onTheStub.exit()).as("./mvnw test -Dkata.exercise=" + id + " on the new stub:\n" + onTheStub.tail()).isNotZero();
        assertThat(onTheStub.output()).as("the board of a run on the new stub:\n" + onTheStub.tail())
                .containsPattern("\\[[!x~ ]\\] " + id + " Count an author's books +failing +0 of 1 scenarios pass")
                .contains("BookRepository.countByAuthor — exercise " + id + ", features/" + id + "_count_an_authors_books.feature")
                .endsWith("Exercise " + id + " is not done yet: see the board above; ./mvnw test -Dkata.exercise=" + id
                        + " runs exercise " + id + " alone." + System.lineSeparator())
                .doesNotContain("[Help 1]");

        Build onTheSolution = maven("test", "-Dkata.exercise=" + id,
                "-Dkata.sources=" + scratch.resolve("solutions/src/main/java"));
        assertThat(onTheSolution.exit()).as("./mvnw test -Dkata.exercise=" + id + " on the new solution:\n"
                + onTheSolution.tail()).isZero();
        assertThat(onTheSolution.output()).as("the board of a run on the new solution:\n" + onTheSolution.tail())
                .containsPattern("\\[x\\] " + id + " Count an author's books +done +1 scenarios pass");
    }

    record Build(int exit, String output) {

        String tail() {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    private Build maven(String... arguments) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>(List.of(windows ? scratch.resolve("mvnw.cmd").toString() : "./mvnw",
                "-o", "-B", "-q"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        Path log = scratch.resolve("build-" + System.nanoTime() + ".log");
        Process build = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(BUILD_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            throw new AssertionError("The scratch build " + command + " took more than " + BUILD_LIMIT_MINUTES + " minutes");
        }
        return new Build(build.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyProject(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                boolean leftOut = false;
                for (Path part : relative) {
                    leftOut |= LEFT_OUT.contains(part.toString());
                }
                if (!leftOut) {
                    Path copy = to.resolve(relative.toString().replace(File.separatorChar, '/'));
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
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
