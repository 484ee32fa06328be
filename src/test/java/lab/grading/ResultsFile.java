package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a submission's JVM reported, read back by the grader: the scenarios it finished, and whether the run reached
 * its end. A line cut short by a dying JVM is ignored.
 */
public record ResultsFile(List<ScenarioRecord> scenarios, boolean runFinished) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ResultsFile read(Path file) {
        if (!Files.exists(file)) {
            return new ResultsFile(List.of(), false);
        }
        List<ScenarioRecord> scenarios = new ArrayList<>();
        boolean finished = false;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException cutShort) {
                    continue;
                }
                if (node == null || !node.isObject()) {
                    continue;
                }
                if (node.path(ScenarioResults.RUN_FINISHED).asBoolean(false)) {
                    finished = true;
                } else if (node.hasNonNull("feature") && node.hasNonNull("status")) {
                    scenarios.add(JSON.treeToValue(node, ScenarioRecord.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario results in " + file, e);
        }
        return new ResultsFile(List.copyOf(scenarios), finished);
    }
}
