package lab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every table a scenario left in its database, as {@link TableSnapshot}s, or why they could not be listed.
 *
 * @param tables the tables, in the order DynamoDB lists them
 * @param error  why the tables could not be listed, or null
 */
public record ScenarioTables(List<TableSnapshot> tables, String error) {

    /** The media type under which a scenario attaches its tables for the lab's report. */
    public static final String MEDIA_TYPE = "application/vnd.bookstore-kata.tables+json";

    public ScenarioTables {
        tables = List.copyOf(tables);
    }

    /** One ListTables, then one DescribeTable and one Scan per table: the harness's own reading, never learner code. */
    public static ScenarioTables take(DynamoDbClient client) {
        List<String> names;
        try {
            names = client.listTablesPaginator(list -> { }).tableNames().stream().toList();
        } catch (SdkException unreadable) {
            return new ScenarioTables(List.of(), "The tables could not be listed: " + unreadable.getMessage());
        }
        List<TableSnapshot> tables = new ArrayList<>();
        names.stream().map(name -> TableSnapshot.read(client, name)).filter(Objects::nonNull).forEach(tables::add);
        return new ScenarioTables(tables, null);
    }

    public java.util.Optional<TableSnapshot> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }
}
