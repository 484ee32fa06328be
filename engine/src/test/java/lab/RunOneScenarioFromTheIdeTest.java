package lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lab.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE's run arrow on a scenario runs Cucumber's own runner with the scenario's FILE:LINE and the test class path,
 * which reads {@code cucumber.properties}: that alone must give the lab's steps, backend, board and reports.
 * Run here in a JVM of its own, working in a folder of its own so that its reports land there.
 */
class RunOneScenarioFromTheIdeTest {

    @TempDir
    Path workDir;

    @Test
    void cucumbersOwnRunnerRunsOneScenarioAgainstTheLabWithTheBoard() throws Exception {
        Path feature = Path.of(Catalogue.byId("03").orElseThrow().feature()).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path output = workDir.resolve("output.txt");
        Process run = new ProcessBuilder(java, "-cp", classpath,
                "-D" + Catalogue.FILE_PROPERTY + "=" + Catalogue.file().toAbsolutePath(),
                "io.cucumber.core.cli.Main", feature + ":16")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("the run finished within 120 s").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(run.exitValue()).as("the exit status of Cucumber's runner (output:\n" + printed + ")").isZero();
        assertThat(printed).as("what the run printed").contains("Bookstore DynamoDB lab", "03 Find a book");
        JsonNode findABook = exercise(workDir.resolve("target/kata/progress.json"), "03");
        assertThat(findABook.get("passed").asInt() + findABook.get("failed").asInt()).as("exercise 03's scenarios run")
                .isEqualTo(1);
        assertThat(findABook.get("scenarios").get(0).get("line").asInt()).as("the line of the scenario run").isEqualTo(16);
        assertThat(findABook.get("state").asText()).as("exercise 03's state after one of its scenarios passed: a part of "
                + "an exercise never makes it done").isEqualTo("partial");
        assertThat(findABook.get("scenariosPlanned").asInt()).as("the scenarios exercise 03's feature holds")
                .isGreaterThan(1);
        assertThat(workDir.resolve("target/cucumber/report.html")).as("Cucumber's report, from cucumber.properties")
                .isRegularFile();
    }

    private static JsonNode exercise(Path progress, String id) throws IOException {
        assertThat(progress).as("progress.json of the run").isRegularFile();
        JsonNode root = new ObjectMapper().readTree(progress.toFile());
        for (JsonNode exercise : root.get("exercises")) {
            if (exercise.get("id").asText().equals(id)) {
                return exercise;
            }
        }
        throw new AssertionError("progress.json has no exercise " + id);
    }
}
