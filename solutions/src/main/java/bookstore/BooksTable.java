package bookstore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The Books table itself: its keys, its index, its capacity, its backups, its life.
 * Every method works on the table named {@link #TABLE_NAME} through the client it is given.
 */
public class BooksTable {

    public static final String TABLE_NAME = "Books";
    public static final String CATEGORY_INDEX = "CategoryIndex";

    /** How long a table or index may take to settle before we give up: backups on the real service are slow. */
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(30);
    /** How often a waiter asks whether a restored table is ACTIVE: its default is every 20 seconds. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final DynamoDbClient dynamoDb;

    public BooksTable(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates the table (Author partition key, Title sort key, on-demand) and returns once it is ACTIVE. */
    public void create() {
        dynamoDb.createTable(table -> table
                .tableName(TABLE_NAME)
                .attributeDefinitions(
                        stringAttribute("Author"),
                        stringAttribute("Title"))
                .keySchema(
                        KeySchemaElement.builder().attributeName("Author").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Title").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        awaitActive(TABLE_NAME);
    }

    /** Adds the global secondary index CategoryIndex (Category partition key, all attributes) and waits until it is ACTIVE. */
    public void addCategoryIndex() {
        TableDescription table = describe(TABLE_NAME);
        CreateGlobalSecondaryIndexAction.Builder index = CreateGlobalSecondaryIndexAction.builder()
                .indexName(CATEGORY_INDEX)
                .keySchema(KeySchemaElement.builder().attributeName("Category").keyType(KeyType.HASH).build())
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build());
        if (table.billingModeSummary() == null || table.billingModeSummary().billingMode() == BillingMode.PROVISIONED) {
            // A provisioned table's index needs throughput of its own: give it the table's.
            index.provisionedThroughput(throughput -> throughput
                    .readCapacityUnits(table.provisionedThroughput().readCapacityUnits())
                    .writeCapacityUnits(table.provisionedThroughput().writeCapacityUnits()));
        }
        dynamoDb.updateTable(update -> update
                .tableName(TABLE_NAME)
                .attributeDefinitions(stringAttribute("Category"))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(index.build()).build()));
        awaitSettled(TABLE_NAME, settled -> settled.globalSecondaryIndexes().stream()
                .anyMatch(gsi -> gsi.indexName().equals(CATEGORY_INDEX) && gsi.indexStatus() == IndexStatus.ACTIVE));
    }

    /** Switches the table, and every index on it, to provisioned capacity with the given read and write units. */
    public void switchToProvisioned(long readUnits, long writeUnits) {
        ProvisionedThroughput throughput = ProvisionedThroughput.builder()
                .readCapacityUnits(readUnits)
                .writeCapacityUnits(writeUnits)
                .build();
        List<GlobalSecondaryIndexUpdate> indexes = describe(TABLE_NAME).globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName)
                .map(name -> GlobalSecondaryIndexUpdate.builder()
                        .update(gsi -> gsi.indexName(name).provisionedThroughput(throughput))
                        .build())
                .toList();
        dynamoDb.updateTable(update -> update
                .tableName(TABLE_NAME)
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(throughput)
                .globalSecondaryIndexUpdates(indexes.isEmpty() ? null : indexes));
        awaitActive(TABLE_NAME);
    }

    /** Switches the table back to on-demand (pay per request) capacity. */
    public void switchToOnDemand() {
        dynamoDb.updateTable(update -> update
                .tableName(TABLE_NAME)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        awaitActive(TABLE_NAME);
    }

    /** Takes an on-demand backup of the table and returns its ARN. */
    public String createBackup(String backupName) {
        return dynamoDb.createBackup(backup -> backup.tableName(TABLE_NAME).backupName(backupName))
                .backupDetails()
                .backupArn();
    }

    /** Restores the backup with the given ARN into a new table named targetTable, and returns once it is ACTIVE. */
    public void restoreBackup(String backupArn, String targetTable) {
        dynamoDb.restoreTableFromBackup(restore -> restore.backupArn(backupArn).targetTableName(targetTable));
        awaitRestored(dynamoDb, targetTable);
    }

    /** Turns on point-in-time recovery for the table. */
    public void enablePointInTimeRecovery() {
        dynamoDb.updateContinuousBackups(backups -> backups
                .tableName(TABLE_NAME)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
    }

    /** Restores the table as it was at its latest restorable time into a new table named targetTable, and returns once it is ACTIVE. */
    public void restoreToLatestRestorableTime(String targetTable) {
        dynamoDb.restoreTableToPointInTime(restore -> restore
                .sourceTableName(TABLE_NAME)
                .targetTableName(targetTable)
                .useLatestRestorableTime(true));
        awaitRestored(dynamoDb, targetTable);
    }

    /**
     * Restores the table as it was at {@code moment} into a new table named targetTable, and returns once it is ACTIVE.
     */
    public void restoreToPointInTime(Instant moment, String targetTable) {
        dynamoDb.restoreTableToPointInTime(restore -> restore
                .sourceTableName(TABLE_NAME)
                .targetTableName(targetTable)
                .restoreDateTime(moment));
        awaitRestored(dynamoDb, targetTable);
    }

    /**
     * Restores the table as it was at {@code moment} into a new table named targetTable in another region, the one
     * {@code otherRegion} (a client of that region) signs for, and returns once that table is ACTIVE.
     */
    public void restoreToPointInTimeInRegion(DynamoDbClient otherRegion, Instant moment, String targetTable) {
        // The other region knows this table by its ARN, which names its region.
        String sourceTableArn = describe(TABLE_NAME).tableArn();
        otherRegion.restoreTableToPointInTime(restore -> restore
                .sourceTableArn(sourceTableArn)
                .targetTableName(targetTable)
                .restoreDateTime(moment));
        awaitRestored(otherRegion, targetTable);
    }

    /** Deletes the table and returns once it is gone. */
    public void delete() {
        dynamoDb.deleteTable(table -> table.tableName(TABLE_NAME));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb).build()) {
            // Succeeds once DescribeTable answers ResourceNotFoundException; gives up with an exception of its own.
            waiter.waitUntilTableNotExists(table -> table.tableName(TABLE_NAME));
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private TableDescription describe(String tableName) {
        return dynamoDb.describeTable(table -> table.tableName(tableName)).table();
    }

    /**
     * Waits with the SDK's waiter until the restored table is ACTIVE in the client's region: a restore answers at once with the table
     * CREATING, and the service takes from seconds to hours to fill it. The waiter asks every {@link #POLL}.
     */
    private static void awaitRestored(DynamoDbClient region, String tableName) {
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(region)
                .overrideConfiguration(wait -> wait
                        .backoffStrategyV2(BackoffStrategy.fixedDelay(POLL))
                        .maxAttempts((int) (SETTLE_LIMIT.toMillis() / POLL.toMillis()))
                        .waitTimeout(SETTLE_LIMIT))
                .build()) {
            waiter.waitUntilTableExists(table -> table.tableName(tableName));
        }
    }

    private void awaitActive(String tableName) {
        awaitSettled(tableName, table -> true);
    }

    /**
     * Polls the table until it is ACTIVE, every index on it is ACTIVE, and the condition holds; the pause
     * between polls grows from a few milliseconds (a local database settles at once) to a few seconds
     * (the real service takes minutes to build an index or restore a backup).
     */
    private void awaitSettled(String tableName, Predicate<TableDescription> condition) {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        long pauseMillis = 10;
        while (true) {
            TableDescription table = describe(tableName);
            boolean indexesActive = table.globalSecondaryIndexes().stream()
                    .allMatch(gsi -> gsi.indexStatus() == IndexStatus.ACTIVE);
            if (table.tableStatus() == TableStatus.ACTIVE && indexesActive && condition.test(table)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Table " + tableName + " did not settle within " + SETTLE_LIMIT
                        + "; it is " + table.tableStatus());
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table " + tableName, e);
            }
            pauseMillis = Math.min(pauseMillis * 2, 5_000);
        }
    }
}
