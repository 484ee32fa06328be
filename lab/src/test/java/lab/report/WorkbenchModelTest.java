package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * target/kata/Books.json is a NoSQL Workbench data model (the modeler's export format, version 3.0): what the tool
 * reads on import is there, and consistent. The table is one DynamoDB Local really held, pictured as a scenario's is.
 */
class WorkbenchModelTest {

    private static JsonNode model;

    @BeforeAll
    static void modelOfARealTable() throws Exception {
        Progress progress = SampleRun.progress(SampleRun.booksWithCategoryIndex(), Set.of());
        model = DynamoJson.MAPPER.readTree(WorkbenchModel.render(progress, WorkbenchModel.table()).orElseThrow());
    }

    @Test
    void theModelIsDescribedAsTheToolExportsIt() {
        assertThat(model.path("ModelName").asText()).as("ModelName").isNotBlank();
        JsonNode metadata = model.path("ModelMetadata");
        assertThat(metadata.path("AWSService").asText()).as("ModelMetadata.AWSService").isEqualTo("Amazon DynamoDB");
        assertThat(metadata.path("Version").asText()).as("ModelMetadata.Version").isEqualTo("3.0");
        DateTimeFormatter workbenchDate = DateTimeFormatter.ofPattern("MMM dd, yyyy, hh:mm a", Locale.ENGLISH);
        for (String date : List.of("DateCreated", "DateLastModified")) {
            assertThat(workbenchDate.parse(metadata.path(date).asText())).as("ModelMetadata." + date + " as the tool writes dates")
                    .isNotNull();
        }
        assertThat(metadata.has("Author") && metadata.has("Description")).as("ModelMetadata has Author and Description").isTrue();
        assertThat(model.path("DataModel").isArray() && model.path("DataModel").size() == 1).as("DataModel, one table").isTrue();
    }

    @Test
    void theTableHasItsKeysIndexAndBilling() {
        JsonNode table = model.path("DataModel").get(0);

        assertThat(table.path("TableName").asText()).as("TableName").isEqualTo(Fixtures.BOOKS);
        assertThat(key(table, "PartitionKey")).as("the table's partition key").isEqualTo("Author:S");
        assertThat(key(table, "SortKey")).as("the table's sort key").isEqualTo("Title:S");
        assertThat(table.path("TableFacets").isArray()).as("TableFacets is an array").isTrue();
        assertThat(table.path("DataAccess").path("MySql").isObject()).as("DataAccess.MySql is an object").isTrue();
        assertThat(table.path("BillingMode").asText()).as("BillingMode").isEqualTo("PAY_PER_REQUEST");
        assertThat(table.path("GlobalSecondaryIndexes").size()).as("the number of global secondary indexes").isEqualTo(1);
        JsonNode index = table.path("GlobalSecondaryIndexes").get(0);
        assertThat(index.path("IndexName").asText()).as("the index's name").isEqualTo(Fixtures.CATEGORY_INDEX);
        assertThat(key(index, "PartitionKey")).as("CategoryIndex's partition key").isEqualTo("Category:S");
        assertThat(index.path("Projection").path("ProjectionType").asText()).as("CategoryIndex's projection").isEqualTo("ALL");
    }

    @Test
    void everyAttributeOfEveryItemIsDeclaredWithItsType() {
        JsonNode table = model.path("DataModel").get(0);
        Map<String, String> declared = new HashMap<>();
        for (String key : List.of("PartitionKey", "SortKey")) {
            declared.put(table.path("KeyAttributes").path(key).path("AttributeName").asText(),
                    table.path("KeyAttributes").path(key).path("AttributeType").asText());
        }
        table.path("NonKeyAttributes").forEach(attribute ->
                declared.put(attribute.path("AttributeName").asText(), attribute.path("AttributeType").asText()));
        JsonNode index = table.path("GlobalSecondaryIndexes").get(0).path("KeyAttributes").path("PartitionKey");
        assertThat(declared).as("the declared attributes hold the index key with its type")
                .containsEntry(index.path("AttributeName").asText(), index.path("AttributeType").asText());

        JsonNode items = table.path("TableData");
        assertThat(items.size()).as("the items in TableData, the five books and one without a category")
                .isEqualTo(Library.FIVE_BOOKS.size() + 1);
        List<String> undeclared = new ArrayList<>();
        for (JsonNode item : items) {
            assertThat(item.has("Author") && item.has("Title")).as("an item has its whole key: " + item).isTrue();
            item.fields().forEachRemaining(attribute -> {
                String type = attribute.getValue().fieldNames().next();
                if (!type.equals(declared.get(attribute.getKey()))) {
                    undeclared.add(attribute.getKey() + ":" + type);
                }
            });
        }
        assertThat(undeclared).as("item attributes the model does not declare with that type").isEmpty();
        assertThat(declared).as("the declared type of Formats, a map").containsEntry("Formats", "M");
    }

    private static String key(JsonNode owner, String which) {
        JsonNode key = owner.path("KeyAttributes").path(which);
        return key.path("AttributeName").asText() + ":" + key.path("AttributeType").asText();
    }
}
