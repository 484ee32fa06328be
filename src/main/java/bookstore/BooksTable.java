package bookstore;

import java.time.Instant;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Books table itself: its keys, its index, its capacity, its backups, its life.
 * Every method works on the table named {@link #TABLE_NAME} through the client it is given.
 */
public class BooksTable {

    public static final String TABLE_NAME = "Books";
    public static final String CATEGORY_INDEX = "CategoryIndex";

    private final DynamoDbClient dynamoDb;

    public BooksTable(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates the table (Author partition key, Title sort key, on-demand) and returns once it is ACTIVE. */
    public void create() {
        // TODO: Every access pattern starts from the key: a book is found by Author (partition key)
        //       and Title (sort key), both strings, and the store pays per request (no capacity planning).
        //       Describe the keys and the billing mode in a CreateTableRequest, then wait until the table is usable.
        throw new UnsupportedOperationException("BooksTable.create — exercise 01, features/01_create_the_table.feature");
    }

    /** Adds the global secondary index CategoryIndex (Category partition key, all attributes) and waits until it is ACTIVE. */
    public void addCategoryIndex() {
        // TODO: Access pattern 2 browses by Category, which is not the table's key: give it an index of its own,
        //       keyed by Category and carrying every attribute, added to the existing table. An index is built
        //       in the background; the caller may only browse once it is ready.
        throw new UnsupportedOperationException("BooksTable.addCategoryIndex — exercise 05, features/05_browse_a_category.feature");
    }

    /** Switches the table, and every index on it, to provisioned capacity with the given read and write units. */
    public void switchToProvisioned(long readUnits, long writeUnits) {
        // TODO: Provisioned capacity is set per table and per global secondary index: one request can change
        //       the billing mode and give the table and each of its indexes their throughput.
        throw new UnsupportedOperationException("BooksTable.switchToProvisioned — exercise 07, features/07_capacity.feature");
    }

    /** Switches the table back to on-demand (pay per request) capacity. */
    public void switchToOnDemand() {
        // TODO: On-demand is a billing mode, not a number of units: change the mode and let the service scale.
        //       The service limits how often a table may switch to it; when it refuses, the caller must hear so.
        throw new UnsupportedOperationException("BooksTable.switchToOnDemand — exercise 07, features/07_capacity.feature");
    }

    /** Takes an on-demand backup of the table and returns its ARN. */
    public String createBackup(String backupName) {
        // TODO: An on-demand backup is a full copy taken by the service; its ARN is how you name it later.
        throw new UnsupportedOperationException("BooksTable.createBackup — exercise 08, features/08_backups_and_restore.feature");
    }

    /** Restores the backup with the given ARN into a new table named targetTable, and returns once it is ACTIVE. */
    public void restoreBackup(String backupArn, String targetTable) {
        // TODO: A backup is never restored over the table it came from: it becomes a new table, which takes a while.
        throw new UnsupportedOperationException("BooksTable.restoreBackup — exercise 08, features/08_backups_and_restore.feature");
    }

    /** Turns on point-in-time recovery for the table. */
    public void enablePointInTimeRecovery() {
        // TODO: Point-in-time recovery is a setting of the table's continuous backups.
        throw new UnsupportedOperationException("BooksTable.enablePointInTimeRecovery — exercise 08, features/08_backups_and_restore.feature");
    }

    /** Restores the table as it was at its latest restorable time into a new table named targetTable, and returns once it is ACTIVE. */
    public void restoreToLatestRestorableTime(String targetTable) {
        // TODO: With point-in-time recovery on, the service can rebuild the table as of a moment; the latest one will do.
        throw new UnsupportedOperationException("BooksTable.restoreToLatestRestorableTime — exercise 08, features/08_backups_and_restore.feature");
    }

    /**
     * Restores the table as it was at {@code moment} into a new table named targetTable, and returns once it is ACTIVE.
     */
    public void restoreToPointInTime(Instant moment, String targetTable) {
        // TODO: The moment is the caller's: the service keeps the table's writes for a window of time, and rebuilds
        //       the table as it was at any moment inside it, on the service's clock. The new table takes a while.
        throw new UnsupportedOperationException("BooksTable.restoreToPointInTime — exercise 08, features/08_backups_and_restore.feature");
    }

    /**
     * Restores the table as it was at {@code moment} into a new table named targetTable in another region, the one
     * {@code otherRegion} (a client of that region) signs for, and returns once that table is ACTIVE.
     */
    public void restoreToPointInTimeInRegion(DynamoDbClient otherRegion, Instant moment, String targetTable) {
        // TODO: A restore is asked of the region the new table is made in. There, the Books table of this region is
        //       known by its ARN alone (this region's own name for it), not by its name.
        throw new UnsupportedOperationException("BooksTable.restoreToPointInTimeInRegion — exercise 08, features/08_backups_and_restore.feature");
    }

    /** Deletes the table and returns once it is gone. */
    public void delete() {
        // TODO: Deleting a table takes effect in the background; return only once it no longer exists,
        //       and let the service's refusal (for instance, deletion protection) reach the caller.
        throw new UnsupportedOperationException("BooksTable.delete — exercise 09, features/09_delete_the_table.feature");
    }
}
