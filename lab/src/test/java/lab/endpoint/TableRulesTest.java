package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import lab.client.RecordedStore;
import lab.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Where DynamoDB Local answers a 500 or says less than the service, the lab endpoint answers as the service does: an
 * index of a provisioned table needs throughput of its own, and a Query names the key it missed (with the lab's line
 * when the condition names an index's key).
 */
class TableRulesTest {

    private RecordedStore store;
    private DynamoDbClient learner;
    private Fixtures fixtures;

    @BeforeEach
    void theBooksTable() {
        store = new RecordedStore();
        learner = store.learner;
        fixtures = store.fixtures;
    }

    @AfterEach
    void closeIt() {
        store.close();
    }

    @Test
    void anIndexAddedToAProvisionedTableWithoutThroughputIsRefusedNamingIt() {
        fixtures.provision(5, 5);
        assertThatThrownBy(() -> learner.updateTable(update -> update.tableName(Fixtures.BOOKS)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Category").attributeType("S").build())
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(create -> create
                        .indexName(Fixtures.CATEGORY_INDEX)
                        .keySchema(KeySchemaElement.builder().attributeName("Category").keyType(KeyType.HASH).build())
                        .projection(projection -> projection.projectionType(ProjectionType.ALL))).build())))
                .as("adding CategoryIndex to a provisioned table with no throughput of its own")
                .isInstanceOf(DynamoDbException.class)
                .satisfies(refused -> assertThat(((DynamoDbException) refused).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageStartingWith(TableRules.noIndexThroughput(Fixtures.CATEGORY_INDEX));
    }

    @Test
    void aSwitchToProvisionedThatGivesTheIndexNoThroughputIsRefusedNamingIt() {
        fixtures.addCategoryIndex();
        assertThatThrownBy(() -> learner.updateTable(update -> update.tableName(Fixtures.BOOKS)
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L))))
                .as("switching to provisioned with throughput for the table alone")
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith(TableRules.noIndexThroughput(Fixtures.CATEGORY_INDEX));
    }

    @Test
    void aTableCreatedProvisionedWithAnIndexWithoutThroughputIsRefusedNamingIt() {
        java.util.function.Consumer<software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.Builder> shelves =
                create -> create.tableName("Shelves")
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("Aisle").attributeType("S").build(),
                                AttributeDefinition.builder().attributeName("Category").attributeType("S").build())
                        .keySchema(KeySchemaElement.builder().attributeName("Aisle").keyType(KeyType.HASH).build())
                        .provisionedThroughput(throughput -> throughput.readCapacityUnits(5L).writeCapacityUnits(5L))
                        .globalSecondaryIndexes(index -> index.indexName("ShelfCategoryIndex")
                                .keySchema(KeySchemaElement.builder().attributeName("Category").keyType(KeyType.HASH).build())
                                .projection(projection -> projection.projectionType(ProjectionType.ALL)));
        assertThatThrownBy(() -> learner.createTable(shelves))
                .as("creating a provisioned table (BillingMode not given) whose index has no throughput of its own")
                .isInstanceOf(DynamoDbException.class)
                .satisfies(refused -> assertThat(((DynamoDbException) refused).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageStartingWith(TableRules.noIndexThroughput("ShelfCategoryIndex"));
        assertThatThrownBy(() -> learner.createTable(create -> shelves.andThen(with -> with
                .billingMode(BillingMode.PROVISIONED)).accept(create)))
                .as("the same, BillingMode PROVISIONED")
                .hasMessageStartingWith(TableRules.noIndexThroughput("ShelfCategoryIndex"));
        learner.createTable(create -> shelves.andThen(with -> with.billingMode(BillingMode.PAY_PER_REQUEST)
                .provisionedThroughput((software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput) null))
                .accept(create));
        assertThat(learner.describeTable(describe -> describe.tableName("Shelves")).table().globalSecondaryIndexes())
                .as("the indexes of the same table created on demand").hasSize(1);
    }

    @Test
    void aQueryOfTheTableByAnIndexsKeyNamesTheKeyItMissedAndTheIndex() {
        fixtures.addCategoryIndex();
        assertThatThrownBy(() -> learner.query(query -> query.tableName(Fixtures.BOOKS)
                .keyConditionExpression("#c = :c").expressionAttributeNames(Map.of("#c", "Category"))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Suspense")))))
                .as("a Query of the Books table by Category")
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith(TableRules.MISSED_KEY + ": Author (the lab: Category is the partition key of the "
                        + "index " + Fixtures.CATEGORY_INDEX + ", not of the table");
        assertThatThrownBy(() -> fixtures.client().query(query -> query.tableName(Fixtures.BOOKS)
                .keyConditionExpression("Category = :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromS("x")))))
                .as("the same Query from another caller: the service's text alone")
                .hasMessageStartingWith(TableRules.MISSED_KEY + ": Author (Service");
    }
}
