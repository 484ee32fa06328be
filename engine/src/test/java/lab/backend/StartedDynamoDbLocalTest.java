package lab.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB Local the harness started can be reached around the lab endpoint (a container judge's learner JVMs share
 * its loopback): a scenario's database must not be one that code there can name.
 */
class StartedDynamoDbLocalTest {

    @Test
    void aScenariosDatabaseCannotBeNamedFromItsNumber() {
        try (EmbeddedBackend backend = EmbeddedBackend.start()) {
            Namespace first = backend.newNamespace();
            Namespace second = backend.newNamespace();
            try (DynamoDbClient harness = client(backend, first)) {
                harness.createTable(create -> create.tableName("Books")
                        .keySchema(key -> key.attributeName("Author").keyType("HASH"))
                        .attributeDefinitions(attribute -> attribute.attributeName("Author").attributeType("S"))
                        .billingMode("PAY_PER_REQUEST"));
            }
            assertThat(List.of(first.id(), second.id())).as("two scenarios' databases")
                    .allMatch(id -> id.matches("scenario[0-9]{5}[a-z0-9]{12}"), "a number and twelve random characters");
            assertThat(second.id().substring(13)).as("the random tail of the second, beside the first's")
                    .isNotEqualTo(first.id().substring(13));
            List<String> guesses = IntStream.rangeClosed(0, 3).mapToObj(number -> String.format("scenario%05d", number))
                    .toList();
            for (String guess : guesses) {
                try (DynamoDbClient intruder = client(backend, Namespace.isolated(guess))) {
                    assertThat(intruder.listTables().tableNames()).as("tables found under the access key id %s", guess)
                            .isEmpty();
                }
            }
        }
    }

    private static DynamoDbClient client(Backend backend, Namespace namespace) {
        return DynamoDbClient.builder().endpointOverride(backend.endpoint()).region(backend.region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        namespace.credentials().resolveCredentials().accessKeyId(), "x")))
                .build();
    }
}
