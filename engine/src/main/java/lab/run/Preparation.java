package lab.run;

import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A precondition many scenarios start from (a lab's "the table holds the five books"), made in a fresh namespace with
 * the harness's client of that namespace. Watch mode makes a few ahead, between saves ({@link LabRun#prepareAhead()}),
 * so that a rerun starts from them instead of building them again; a scenario that finds none ready builds its own.
 *
 * @param name  what the scenarios start from, in words; preparations with one name are interchangeable
 * @param steps what the harness does in the fresh namespace, with its client there
 */
public record Preparation(String name, Consumer<DynamoDbClient> steps) {
}
