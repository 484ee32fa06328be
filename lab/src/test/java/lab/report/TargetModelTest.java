package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code docs/Books.json}, the NoSQL Workbench model a learner imports before starting, is the Books table the lab's
 * own fixtures build: its keys, CategoryIndex, its billing mode and the five books, as the harness reads them back
 * from the store. When the fixtures change, this test writes the new model beside the build and says where.
 */
class TargetModelTest {

    /** Where the repository keeps the model of the table the learner builds, to import before starting. */
    private static final String TARGET = "docs/Books.json";

    @Test
    void theShippedModelIsTheTableTheFixturesBuild() throws IOException {
        LabRun run = LabRun.current();
        LabNamespace namespace = run.openNamespace();
        String built;
        try (DynamoDbClient harness = run.harnessClient(namespace)) {
            Fixtures fixtures = new Fixtures(harness);
            fixtures.createBooksTable();
            fixtures.put(Library.FIVE_BOOKS);
            fixtures.addCategoryIndex();
            built = WorkbenchModel.target(TableSnapshot.read(harness, Fixtures.BOOKS), "The Books table the lab's "
                    + "exercises build: Author and Title as its key, CategoryIndex keyed by Category with every "
                    + "attribute, on-demand capacity, and the five books");
        } finally {
            run.closeNamespace(namespace);
        }
        JsonNode model = DynamoJson.MAPPER.readTree(built);
        JsonNode table = model.path("DataModel").get(0);
        assertThat(table.path("KeyAttributes").findValuesAsText("AttributeName")).as("the table's key")
                .containsExactly("Author", "Title");
        assertThat(table.path("GlobalSecondaryIndexes").findValuesAsText("IndexName")).containsExactly("CategoryIndex");
        assertThat(table.path("TableData")).as("its items").hasSize(Library.FIVE_BOOKS.size());
        assertThat(table.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");

        Path shipped = Path.of(TARGET);
        Path fresh = Path.of("target", "kata-model", "Books.json");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, built);
        assertThat(Files.exists(shipped) ? DynamoJson.MAPPER.readTree(Files.readString(shipped)) : null)
                .as("%s, against the model of the Books table the fixtures build; if the fixtures changed on purpose: "
                        + "cp %s %s", shipped, fresh, shipped)
                .isEqualTo(model);
    }
}
