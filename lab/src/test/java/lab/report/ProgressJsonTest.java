package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import lab.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** The schema of target/kata/progress.json, as the README documents it. */
class ProgressJsonTest {

    private static final Progress RUN = SampleRun.progress(null, Set.of("01", "03", "05", "08"));

    @Test
    void theTopLevelHoldsTheBoardsFacts() throws Exception {
        JsonNode root = DynamoJson.MAPPER.readTree(ProgressJson.render(RUN));

        assertThat(fields(root)).as("progress.json's top-level fields").containsExactly("schema", "finishedAt", "selection",
                "scenarios", "exercisesDone", "exercisesTotal", "points", "pointsTotal", "next", "exercises");
        assertThat(root.get("schema").asInt()).as("progress.json's schema version").isEqualTo(ProgressJson.SCHEMA);
        assertThat(Instant.parse(root.get("finishedAt").asText())).as("finishedAt, an ISO-8601 instant").isEqualTo(SampleRun.FINISHED);
        assertThat(root.get("selection").toString()).as("selection, the chosen ids in order").isEqualTo("[\"01\",\"03\",\"05\",\"08\"]");
        assertThat(root.get("exercisesDone").asInt()).as("exercisesDone (01 and 05 passed)").isEqualTo(2);
        assertThat(root.get("exercisesTotal").asInt()).as("exercisesTotal").isEqualTo(Catalogue.EXERCISES.size());
        assertThat(root.get("points").asInt()).as("points of 01 and 05")
                .isEqualTo(Catalogue.byId("01").orElseThrow().points() + Catalogue.byId("05").orElseThrow().points());
        assertThat(root.get("pointsTotal").asInt()).as("pointsTotal").isEqualTo(Catalogue.totalPoints());
        assertThat(root.get("next").asText()).as("next, the first failing exercise").isEqualTo("03");
    }

    @Test
    void everyExerciseOfTheCatalogueIsListedWithItsScenarios() throws Exception {
        JsonNode exercises = DynamoJson.MAPPER.readTree(ProgressJson.render(RUN)).get("exercises");

        List<String> ids = new ArrayList<>();
        exercises.forEach(exercise -> ids.add(exercise.get("id").asText()));
        assertThat(ids).as("the exercises' ids, in catalogue order")
                .isEqualTo(Catalogue.EXERCISES.stream().map(lab.catalogue.Exercise::id).toList());
        for (JsonNode exercise : exercises) {
            assertThat(fields(exercise)).as("the fields of exercise " + exercise.get("id")).containsExactly("id", "title",
                    "feature", "stubs", "state", "points", "pointsPossible", "passed", "failed", "skipped", "scenariosPlanned", "command", "scenarios");
            assertThat(exercise.get("state").asText()).as("the state of exercise " + exercise.get("id"))
                    .isIn("done", "failing", "partial", "skipped", "not-run");
        }
        JsonNode findABook = exercises.get(2);
        assertThat(findABook.get("state").asText()).as("exercise 03's state").isEqualTo("failing");
        assertThat(findABook.get("command").asText()).as("exercise 03's command").isEqualTo("./mvnw test -Dkata.exercise=03");
        assertThat(findABook.get("stubs").toString()).as("exercise 03's stubs").isEqualTo("[\"BookRepository.find\"]");
        JsonNode failed = findABook.get("scenarios").get(1);
        assertThat(fields(failed)).as("a failed scenario's fields").containsExactly("name", "line", "verdict", "message");
        assertThat(failed.get("message").asText()).as("a failed scenario's message, whole").isEqualTo(SampleRun.FAILURE);
        assertThat(fields(findABook.get("scenarios").get(0))).as("a passed scenario's fields (no message)")
                .containsExactly("name", "line", "verdict");
        assertThat(exercises.get(1).get("state").asText()).as("exercise 02, left out by the selection").isEqualTo("not-run");
        assertThat(exercises.get(7).get("state").asText()).as("exercise 08, skipped by the backend").isEqualTo("skipped");
    }

    @Test
    void theBoardDrawnFromTheFileIsTheBoardOfTheRun() throws Exception {
        Progress read = ProgressJson.read(ProgressJson.render(RUN));

        assertThat(Board.render(read, BoardStyle.PLAIN)).as("the board drawn again from progress.json")
                .isEqualTo(Board.render(RUN, BoardStyle.PLAIN));
        assertThat(read.selection()).as("the selection read back").isEqualTo(RUN.selection());
    }

    @Test
    void aFileOfAnotherSchemaIsRefusedInOneLine() {
        assertThatThrownBy(() -> ProgressJson.read("{\"schema\": 99}")).as("reading a progress.json of schema 99")
                .hasMessage("it is not a progress.json of schema " + ProgressJson.SCHEMA);
        assertThatThrownBy(() -> ProgressJson.read("{not json")).as("reading a file that is not JSON")
                .hasMessageStartingWith("it is not JSON").hasMessageNotContaining("\n");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
