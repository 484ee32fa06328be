package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import lab.client.Call;
import lab.client.Clients;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The lab endpoint at the wire: who may reach which tables, and answers any client can check. */
class LabEndpointTest {

    private final LabRun run = LabRun.current();
    private LabNamespace scenario;
    private LabNamespace other;

    @BeforeEach
    void twoScenariosEachWithTheirOwnBooks() {
        scenario = run.openNamespace();
        other = run.openNamespace();
        try (DynamoDbClient harness = run.harnessClient(scenario)) {
            Fixtures fixtures = new Fixtures(harness);
            fixtures.createBooksTable();
            fixtures.put(Library.FIVE_BOOKS);
        }
    }

    @AfterEach
    void closeThem() {
        run.closeNamespace(scenario);
        run.closeNamespace(other);
    }

    @Test
    void aCallerTheEndpointDoesNotKnowIsRefusedAsTheServiceRefusesIt() {
        try (Clients clients = new Clients();
             DynamoDbClient stranger = clients.forHarness(run.endpoint().uri(), run.endpoint().region(),
                     "scenario00001", "kata")) {
            assertThatThrownBy(() -> stranger.listTables())
                    .as("a client signing with a guessed backend namespace instead of the scenario's credentials")
                    .isInstanceOf(DynamoDbException.class)
                    .satisfies(refused -> assertThat(((DynamoDbException) refused).awsErrorDetails().errorCode())
                            .isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void aScenarioSeesOnlyItsOwnTables() {
        try (DynamoDbClient others = run.learnerClient(other)) {
            assertThat(others.listTables().tableNames()).as("the tables another scenario's learner client sees").isEmpty();
        }
    }

    @Test
    void credentialsStopWorkingWhenTheirScenarioEnds() {
        LabNamespace ended = run.openNamespace();
        DynamoDbClient client = run.learnerClient(ended);
        run.closeNamespace(ended);
        assertThatThrownBy(client::listTables).as("a call signed with an ended scenario's credentials")
                .isInstanceOf(DynamoDbException.class).hasMessageContaining("security token");
        client.close();
    }

    @Test
    void anAnswerTheEndpointChangedCarriesTheChecksumOfWhatItSends() throws Exception {
        String body = "{\"TableName\":\"Books\",\"Key\":{\"Author\":{\"S\":\"John Grisham\"},\"Title\":{\"S\":\"The Firm\"}}}";
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(run.endpoint().uri() + "/"))
                .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + scenario.learnerCredentials().accessKeyId()
                        + "/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        JsonNode answer = WireAnswer.JSON.readTree(response.body());
        CRC32 crc = new CRC32();
        crc.update(response.body());
        assertThat(response.statusCode()).as("the status of a GetItem of The Firm: " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.has("ConsumedCapacity")).as("whether the answer shows the capacity the endpoint asked for on the caller's behalf").isFalse();
        assertThat(response.headers().firstValue("x-amz-crc32")).as("the x-amz-crc32 header of the changed answer")
                .contains(Long.toString(crc.getValue()));
        assertThat(scenario.calls().calls()).as("what the endpoint recorded of the call")
                .singleElement().satisfies(call -> {
                    assertThat(call.operation()).isEqualTo("GetItem");
                    assertThat(call.access()).isEqualTo(Call.Access.KEY);
                    assertThat(call.capacityUnits()).as("the capacity the store reported for it").isEqualTo(0.5);
                });
    }

    @Test
    void aTableTheLearnerCreatesIsCreatingUntilTheLearnerAsksHowItIs() {
        LabNamespace fresh = run.openNamespace();
        try (DynamoDbClient learner = run.learnerClient(fresh); DynamoDbClient harness = run.harnessClient(fresh)) {
            CreateTableResponse created = learner.createTable(table -> table.tableName("Shelf")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("Id")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            assertThat(created.tableDescription().tableStatus()).as("CreateTable's answer").isEqualTo(TableStatus.CREATING);
            assertThat(harness.describeTable(describe -> describe.tableName("Shelf")).table().tableStatus())
                    .as("the new table, to another caller, before the learner asked").isEqualTo(TableStatus.CREATING);
            assertThatThrownBy(() -> learner.putItem(put -> put.tableName("Shelf")
                    .item(Map.of("Id", AttributeValue.fromS("1")))))
                    .as("a write to a table being created").isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> learner.deleteTable(delete -> delete.tableName("Shelf")))
                    .as("deleting a table being created").isInstanceOf(ResourceInUseException.class);
            assertThat(learner.describeTable(describe -> describe.tableName("Shelf")).table().tableStatus())
                    .as("the learner's first DescribeTable (a waiter's first poll)").isEqualTo(TableStatus.ACTIVE);
            assertThat(harness.describeTable(describe -> describe.tableName("Shelf")).table().tableStatus())
                    .as("the table to everyone after that").isEqualTo(TableStatus.ACTIVE);
            learner.putItem(put -> put.tableName("Shelf").item(Map.of("Id", AttributeValue.fromS("1"))));
        } finally {
            run.closeNamespace(fresh);
        }
    }

    @Test
    void aTableWhoseCapacityTheLearnerSwitchesIsUpdatingUntilTheLearnerAsksHowItIs() {
        try (DynamoDbClient learner = run.learnerClient(scenario); DynamoDbClient harness = run.harnessClient(scenario)) {
            toProvisioned(harness);
            assertThat(status(harness)).as("after the harness's own switch").isEqualTo(TableStatus.ACTIVE);

            var switched = learner.updateTable(update -> update.tableName(Fixtures.BOOKS)
                    .billingMode(BillingMode.PAY_PER_REQUEST)).tableDescription();
            assertThat(switched.tableStatus()).as("UpdateTable's answer to the learner's switch").isEqualTo(TableStatus.UPDATING);
            assertThat(harness.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableStatus())
                    .as("the table, to another caller, before the learner asked").isEqualTo(TableStatus.UPDATING);
            assertThat(learner.getItem(get -> get.tableName(Fixtures.BOOKS).key(lab.fixtures.Items.key("John Grisham",
                    "The Firm"))).hasItem()).as("a read while the table updates").isTrue();
            assertThatThrownBy(() -> learner.updateTable(update -> update.tableName(Fixtures.BOOKS)
                    .billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(units -> units.readCapacityUnits(5L).writeCapacityUnits(5L))))
                    .as("a second switch while the first is under way").isInstanceOf(ResourceInUseException.class)
                    .hasMessageStartingWith("Attempt to change a resource which is still in use: Table is being updated: Books");
            assertThat(learner.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableStatus())
                    .as("the learner's first DescribeTable (a waiter's first poll)").isEqualTo(TableStatus.ACTIVE);
            learner.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(units -> units.readCapacityUnits(5L).writeCapacityUnits(5L)));
        }
    }

    private static void toProvisioned(DynamoDbClient client) {
        client.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(units -> units.readCapacityUnits(5L).writeCapacityUnits(5L)));
    }

    private static TableStatus status(DynamoDbClient client) {
        return client.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableStatus();
    }

    @Test
    void aSwitchIsOverOnceTheStoresClockHasMovedOnPastIt() {
        try (DynamoDbClient learner = run.learnerClient(scenario); DynamoDbClient harness = run.harnessClient(scenario)) {
            toProvisioned(learner);
            assertThat(status(harness)).as("the table just after the learner's switch").isEqualTo(TableStatus.UPDATING);
            scenario.clock().advance(java.time.Duration.ofDays(1));
            assertThat(status(harness)).as("the table a day later on the store's clock, the learner never having asked")
                    .isEqualTo(TableStatus.ACTIVE);
            assertThat(learner.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PAY_PER_REQUEST))
                    .tableDescription().tableStatus()).as("the switch back, a day later").isEqualTo(TableStatus.UPDATING);
        }
    }

    @Test
    void aBodyNestedBeyondReasonIsRefusedInOneLineAndTheEndpointServesOn() throws Exception {
        String nested = "[".repeat(200_000);
        HttpClient http = HttpClient.newHttpClient();
        for (String target : new String[] {"DynamoDB_20120810.GetItem", "GraniteServiceVersion20100801.ListMetrics"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(run.endpoint().uri())
                    .header("X-Amz-Target", target)
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + scenario.learnerCredentials().accessKeyId()
                            + "/20261203/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0")
                    .POST(HttpRequest.BodyPublishers.ofString(nested)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("the answer to %s with a body nested 200,000 deep", target).isBetween(400, 599);
            assertThat(answer.body()).as("its body").doesNotContain("\tat ").hasSizeLessThan(1_000);
        }
        try (DynamoDbClient learner = run.learnerClient(scenario)) {
            assertThat(learner.getItem(get -> get.tableName(Fixtures.BOOKS).key(lab.fixtures.Items.key("John Grisham",
                    "The Firm"))).hasItem()).as("a read after them").isTrue();
        }
    }
}
