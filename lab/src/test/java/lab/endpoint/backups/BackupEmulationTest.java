package lab.endpoint.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import lab.fixtures.Book;
import lab.backend.Capability;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupInUseException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TableInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.BackupStatus;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** On-demand backups as the lab endpoint emulates them, through the SDK, against the service's answers and texts. */
class BackupEmulationTest extends OnAnEmulatedStore {

    BackupEmulationTest() {
        super(Capability.BACKUPS);
    }

    private String backUp(String name) {
        return store.learner.createBackup(backup -> backup.tableName(Fixtures.BOOKS).backupName(name))
                .backupDetails().backupArn();
    }

    @Test
    void aBackupIsCreatingWhenAskedForAndAvailableAfterwardsWithTheServicesArnAndFields() {
        Instant asked = Instant.parse("2026-03-01T09:40:00Z");
        clock().set(asked);
        BackupDetails created = store.learner.createBackup(backup -> backup.tableName(Fixtures.BOOKS)
                .backupName("BooksBeforeTheSale")).backupDetails();
        String tableArn = store.fixtures.describe(Fixtures.BOOKS).orElseThrow().tableArn();

        assertThat(created.backupStatus()).isEqualTo(BackupStatus.CREATING);
        assertThat(created.backupArn()).matches(java.util.regex.Pattern.quote(tableArn) + "/backup/\\d{14}-[0-9a-f]{8}");
        assertThat(created.backupArn()).contains("/backup/" + String.format("%014d", created.backupCreationDateTime().toEpochMilli()));
        assertThat(Duration.between(asked, created.backupCreationDateTime()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(created.backupType()).isEqualTo(BackupType.USER);
        assertThat(created.backupSizeBytes()).as("a new backup's size, which the service measures about every six hours")
                .isZero();

        BackupDescription described = store.learner.describeBackup(describe -> describe.backupArn(created.backupArn()))
                .backupDescription();
        assertThat(described.backupDetails().backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
        assertThat(described.backupDetails().backupName()).isEqualTo("BooksBeforeTheSale");
        assertThat(described.sourceTableDetails().tableName()).isEqualTo(Fixtures.BOOKS);
        assertThat(described.sourceTableDetails().tableArn()).isEqualTo(tableArn);
        assertThat(described.sourceTableDetails().itemCount()).isEqualTo(5);
        assertThat(described.sourceTableDetails().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(described.sourceTableDetails().tableId()).as("the source's TableId, which the model requires")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(described.sourceTableDetails().tableCreationDateTime()).as("the source's creation, which the model requires")
                .isEqualTo(store.fixtures.describe(Fixtures.BOOKS).orElseThrow().creationDateTime());
    }

    @Test
    void aBackupsSizeIsMeasuredSixHoursOnAsTheServiceUpdatesIt() {
        clock().set(Instant.parse("2026-03-01T09:40:00Z"));
        String arn = backUp("BooksBeforeTheSale");
        // DynamoDB Local measures its tables itself, and at once.
        long fiveBooks = store.fixtures.describe(Fixtures.BOOKS).orElseThrow().tableSizeBytes();

        clock().set(Instant.parse("2026-03-01T15:39:00Z"));
        assertThat(sizeOf(arn)).as("the backup's size in DescribeBackup and ListBackups five hours and 59 minutes on")
                .containsExactly(0L, 0L);
        clock().set(Instant.parse("2026-03-01T15:41:00Z"));
        assertThat(sizeOf(arn)).as("the backup's size in DescribeBackup and ListBackups six hours on: the five books'")
                .containsExactly(fiveBooks, fiveBooks);
    }

    private List<Long> sizeOf(String arn) {
        return List.of(store.learner.describeBackup(describe -> describe.backupArn(arn)).backupDescription().backupDetails()
                        .backupSizeBytes(),
                store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS)).backupSummaries().get(0).backupSizeBytes());
    }

    @Test
    void aTablesArnIsTakenWhereverItsNameIs() {
        String tableArn = store.fixtures.describe(Fixtures.BOOKS).orElseThrow().tableArn();
        assertThat(tableArn).as("the Books table's ARN, in the client's region and the lab's account")
                .isEqualTo("arn:aws:dynamodb:" + lab.run.LabRun.current().endpoint().region() + ":000000000000:table/Books");
        String arn = store.learner.createBackup(backup -> backup.tableName(tableArn).backupName("ByArn"))
                .backupDetails().backupArn();
        assertThat(store.learner.listBackups(list -> list.tableName(tableArn)).backupSummaries())
                .extracting(summary -> summary.backupArn()).containsExactly(arn);
        store.learner.updateContinuousBackups(update -> update.tableName(tableArn)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
        assertThat(store.learner.describeContinuousBackups(describe -> describe.tableName(tableArn))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString())
                .isEqualTo("ENABLED");
    }

    @Test
    void backupNamesNeedNotBeUniqueAndListingFiltersAndPages() {
        clock().set(Instant.parse("2026-03-01T09:00:00Z"));
        String first = backUp("Nightly");
        clock().set(Instant.parse("2026-03-01T10:00:00Z"));
        String second = backUp("Nightly");
        clock().set(Instant.parse("2026-03-01T11:00:00Z"));
        String third = backUp("Weekly");
        store.fixtures.createTable("Other");
        store.learner.createBackup(backup -> backup.tableName("Other").backupName("OtherNightly"));

        assertThat(first).isNotEqualTo(second);
        ListBackupsResponse books = store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS));
        assertThat(books.backupSummaries()).extracting(BackupSummary::backupArn).containsExactly(first, second, third);
        assertThat(books.backupSummaries()).allSatisfy(summary -> {
            assertThat(summary.backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
            assertThat(summary.tableName()).isEqualTo(Fixtures.BOOKS);
        });
        assertThat(books.lastEvaluatedBackupArn()).isNull();
        assertThat(store.learner.listBackups(list -> list.backupType(BackupTypeFilter.SYSTEM).tableName(Fixtures.BOOKS))
                .backupSummaries()).isEmpty();

        ListBackupsResponse page = store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS).limit(2));
        assertThat(page.backupSummaries()).extracting(BackupSummary::backupArn).containsExactly(first, second);
        assertThat(page.lastEvaluatedBackupArn()).isEqualTo(second);
        assertThat(store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS).limit(2)
                .exclusiveStartBackupArn(second)).backupSummaries()).extracting(BackupSummary::backupArn)
                .containsExactly(third);

        assertThat(store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS)
                .timeRangeLowerBound(Instant.parse("2026-03-01T10:00:00Z"))
                .timeRangeUpperBound(Instant.parse("2026-03-01T11:00:00Z"))).backupSummaries())
                .as("the lower bound included, the upper excluded").extracting(BackupSummary::backupArn)
                .containsExactly(second);
        assertThat(store.learner.listBackups(list -> { }).backupSummaries()).hasSize(4);
    }

    @Test
    void requestsAreCheckedWithTheServicesTexts() {
        assertThatThrownBy(() -> backUp("x")).isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'x' at 'backupName' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 3");
        assertThatThrownBy(() -> backUp("a b c")).hasMessageStartingWith("1 validation error detected: Value 'a b c' at "
                + "'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        assertThatThrownBy(() -> store.learner.createBackup(backup -> backup.tableName("Nope").backupName("Nightly")))
                .isInstanceOf(TableNotFoundException.class).hasMessageStartingWith("Table not found: Nope");
        assertThatThrownBy(() -> store.learner.listBackups(list -> list.limit(0)))
                .hasMessageStartingWith("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
        String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/Books/backup/01700000000000-0badc0de";
        assertThatThrownBy(() -> store.learner.describeBackup(describe -> describe.backupArn(missing)))
                .isInstanceOf(BackupNotFoundException.class).hasMessageStartingWith("Backup not found: " + missing);
    }

    @Test
    void aRestoreIsANewTableThatIsCreatingForAMomentThenActiveWithItsRestoreSummary() throws Exception {
        String arn = backUp("BooksBeforeTheSale");
        store.fixtures.put(List.of(new Book("Octavia E. Butler", "Kindred", "Science Fiction", Library.formats())));

        TableDescription answered = store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("BooksRestored")).tableDescription();
        assertThat(answered.tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(answered.restoreSummary().sourceBackupArn()).isEqualTo(arn);
        assertThat(answered.restoreSummary().restoreInProgress()).isTrue();
        assertThat(store.fixtures.describe("BooksRestored").orElseThrow().tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThatThrownBy(() -> store.learner.scan(scan -> scan.tableName("BooksRestored")))
                .as("an item operation on a table not yet ACTIVE").isInstanceOf(ResourceNotFoundException.class);

        // The restore is over as soon as the store's clock has moved on past it: no need to wait on the machine's.
        store.namespace().clock().advance(RestoredTables.CREATING_FOR);
        TableDescription active = store.fixtures.describe("BooksRestored").orElseThrow();
        assertThat(active.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(active.restoreSummary().restoreInProgress()).isFalse();
        assertThat(active.restoreSummary().sourceBackupArn()).isEqualTo(arn);
        assertThat(active.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(store.fixtures.books("BooksRestored")).as("the books when the backup was taken")
                .containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);

        assertThatThrownBy(() -> store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("BooksRestored"))).isInstanceOf(TableAlreadyExistsException.class)
                .hasMessageStartingWith("Table already exists: BooksRestored");
    }

    /**
     * The AWS CLI takes a second to start: its describe-table after a restore comes after the lab's moment of CREATING.
     * The store's first look is answered CREATING however late it comes, so that the restore is seen under way; the
     * next is ACTIVE, and the harness's looks keep the moment.
     */
    @Test
    void theStoresFirstLookAtARestoredTableSeesItCreatingHoweverLateItComes() throws Exception {
        String arn = backUp("BooksBeforeTheSale");
        store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn).targetTableName("BooksRestored"));
        Thread.sleep(RestoredTables.CREATING_FOR.toMillis() + 50);

        assertThat(store.fixtures.describe("BooksRestored").orElseThrow().tableStatus())
                .as("the harness's look after the moment").isEqualTo(TableStatus.ACTIVE);
        TableDescription first = store.learner.describeTable(describe -> describe.tableName("BooksRestored")).table();
        assertThat(first.tableStatus()).as("the store's first look, after the moment").isEqualTo(TableStatus.CREATING);
        assertThat(first.restoreSummary().restoreInProgress()).as("its restore summary's RestoreInProgress").isTrue();
        assertThat(store.learner.describeTable(describe -> describe.tableName("BooksRestored")).table().tableStatus())
                .as("the store's second look").isEqualTo(TableStatus.ACTIVE);
        assertThat(store.learner.scan(scan -> scan.tableName("BooksRestored")).count())
                .as("books in the restored table").isEqualTo(Library.FIVE_BOOKS.size());
    }

    @Test
    void aRestoreKeepsTheIndexesUnlessOverriddenAndTakesOverriddenCapacity() {
        store.fixtures.addCategoryIndex();
        String arn = backUp("WithIndex");
        store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn).targetTableName("Same"));
        store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn).targetTableName("Provisioned")
                .billingModeOverride(BillingMode.PROVISIONED)
                .provisionedThroughputOverride(units -> units.readCapacityUnits(7L).writeCapacityUnits(3L))
                .globalSecondaryIndexOverride(List.of()));

        TableDescription same = store.fixtures.settle("Same", table -> true);
        assertThat(same.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo(Fixtures.CATEGORY_INDEX);
            assertThat(index.projection().projectionTypeAsString()).isEqualTo("ALL");
        });
        TableDescription provisioned = store.fixtures.settle("Provisioned", table -> true);
        assertThat(provisioned.globalSecondaryIndexes()).isEmpty();
        assertThat(provisioned.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
        assertThat(provisioned.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
        assertThat(provisioned.attributeDefinitions()).as("only the key attributes are defined").hasSize(2);

        assertThatThrownBy(() -> store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("Foo").billingModeOverride("FOO")))
                .as("a billing mode the service does not have").isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'FOO' at 'billingModeOverride' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        assertThatThrownBy(() -> store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("Invented").globalSecondaryIndexOverride(index -> index.indexName("AuthorIndex")
                        .keySchema(key -> key.attributeName("Author").keyType("HASH"))
                        .projection(projection -> projection.projectionType("ALL")))))
                .as("an index the backup's table never had").isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("GlobalSecondaryIndexOverride names the index AuthorIndex, which the source table "
                        + "does not have (it has CategoryIndex)");
        assertThat(store.fixtures.describe("Invented")).as("a table the refused restore made").isEmpty();
    }

    /**
     * A restore is under way while its table is filled and for a moment after: a large table's restore takes a while,
     * which the test stands in for by starting restores in the namespace's own record of them, as a restore starts.
     */
    @Test
    void whileRestoresAreUnderWayTheirBackupIsInUseTheirNamesTooAndFiftyIsTheMost() throws Exception {
        String arn = backUp("Big");
        RestoredTables restored = RestoreWindow.restored(store.namespace());
        // The summary a restore of that backup starts with, naming it as the backend does (the vault's ARN).
        String vaultArn = store.namespace().kept(BackupVault.class, BackupVault::new).all().get(0).arn();
        ObjectNode summary = lab.endpoint.WireAnswer.JSON.createObjectNode().put("SourceBackupArn", vaultArn);
        restored.started("BigRestored", summary);
        assertThatThrownBy(() -> store.learner.deleteBackup(delete -> delete.backupArn(arn)))
                .as("deleting a backup being restored").isInstanceOf(BackupInUseException.class)
                .hasMessageStartingWith("There is another ongoing conflicting backup control plane operation on the table.");
        assertThatThrownBy(() -> store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("BigRestored"))).as("a restore into the name of one under way")
                .isInstanceOf(TableInUseException.class)
                .hasMessageStartingWith("A target table with the specified name is either being created or deleted.");
        for (int i = 1; i < TableCopier.RESTORES_AT_ONCE; i++) {
            restored.started("BigRestored" + i, summary);
        }
        assertThatThrownBy(() -> store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn)
                .targetTableName("OneTooMany"))).as("the 51st restore under way at once")
                .isInstanceOf(LimitExceededException.class);
        assertThat(store.fixtures.describe("OneTooMany")).as("a table the refused restore made").isEmpty();

        restored.loaded("BigRestored");
        for (int i = 1; i < TableCopier.RESTORES_AT_ONCE; i++) {
            restored.loaded("BigRestored" + i);
        }
        Thread.sleep(RestoredTables.CREATING_FOR.toMillis() + 50);
        assertThat(store.learner.deleteBackup(delete -> delete.backupArn(arn)).backupDescription().backupDetails()
                .backupStatus()).as("the backup, deleted once its restores are done").isEqualTo(BackupStatus.DELETED);
    }

    @Test
    void aBackupDescribesItsTablesTimeToLive() {
        store.learner.updateTimeToLive(ttl -> ttl.tableName(Fixtures.BOOKS)
                .timeToLiveSpecification(spec -> spec.enabled(true).attributeName("OutOfPrintAt")));
        String arn = backUp("WithTimeToLive");
        TimeToLiveDescription timeToLive = store.learner.describeBackup(describe -> describe.backupArn(arn))
                .backupDescription().sourceTableFeatureDetails().timeToLiveDescription();
        assertThat(timeToLive.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(timeToLive.attributeName()).isEqualTo("OutOfPrintAt");
    }

    @Test
    void aBackupDescribesItsTablesStreamAsTheModelNamesIt() {
        store.learner.updateTable(update -> update.tableName(Fixtures.BOOKS)
                .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        String arn = backUp("WithAStream");
        // The SDK reads the model's StreamDescription: a StreamSpecification member would be dropped, and this null.
        StreamSpecification stream = store.learner.describeBackup(describe -> describe.backupArn(arn))
                .backupDescription().sourceTableFeatureDetails().streamDescription();
        assertThat(stream).as("the backup's StreamDescription of its table's stream").isNotNull();
        assertThat(stream.streamEnabled()).as("StreamEnabled").isTrue();
        assertThat(stream.streamViewType()).as("StreamViewType").isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    }

    @Test
    void backupsOutliveTheirTableUntilDeleted() {
        String arn = backUp("BeforeTheDelete");
        store.fixtures.deleteTable(Fixtures.BOOKS);

        assertThat(store.learner.listBackups(list -> list.tableName(Fixtures.BOOKS)).backupSummaries()).hasSize(1);
        store.learner.restoreTableFromBackup(restore -> restore.backupArn(arn).targetTableName(Fixtures.BOOKS));
        store.fixtures.settle(Fixtures.BOOKS, table -> true);
        assertThat(store.fixtures.books()).containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);

        BackupDescription deleted = store.learner.deleteBackup(delete -> delete.backupArn(arn)).backupDescription();
        assertThat(deleted.backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
        assertThatThrownBy(() -> store.learner.describeBackup(describe -> describe.backupArn(arn)))
                .isInstanceOf(BackupNotFoundException.class);
    }
}
