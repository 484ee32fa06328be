package lab.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lab.fixtures.Book;
import lab.fixtures.Items;
import lab.fixtures.Library;
import lab.patterns.AccessPatterns;
import lab.patterns.Backups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The proof that the "how" checks catch what they claim to: small, deliberately wrong implementations run through the
 * lab endpoint on the embedded DynamoDB Local, and each fails its check with the message that names its mistake;
 * the same check passes the right way of doing it.
 */
class WrongImplementationsTest extends OnARecordedStore {

    private static final Backups.Restore RESTORE_BACKUP = new Backups.Restore("BooksTable.restoreBackup",
            Backups.FROM_BACKUP, "BooksRestored", "the moment the backup was taken");

    @BeforeEach
    void andTheCategoryIndex() {
        fixtures.addCategoryIndex();
    }

    @Test
    void aScanBasedInCategoryIsToldToQueryCategoryIndex() {
        List<Book> suspense = learner.scan(scan -> scan.tableName("Books").filterExpression("Category = :category")
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS("Suspense"))))
                .items().stream().map(Items::book).toList();

        assertThat(suspense).as("the Scan-based answer, right in what it returns").hasSize(3);
        assertThatThrownBy(() -> AccessPatterns.queriesTheCategoryIndexEveryPage(log.calls(), "BookRepository.inCategory"))
                .as("the check of a Scan-based inCategory")
                .hasMessage("inCategory scanned the whole Books table (Scan, 5 items read) — browsing by category must Query CategoryIndex");
    }

    @Test
    void aQueryOfCategoryIndexPassesTheSameCheck() {
        learner.queryPaginator(byCategory("Suspense")).items().stream().count();

        assertThatCode(() -> AccessPatterns.queriesTheCategoryIndexEveryPage(log.calls(), "BookRepository.inCategory"))
                .as("the check of inCategory done right").doesNotThrowAnyException();
    }

    @Test
    void aScanBasedInCategoryOverAThousandBooksIsToldWhatItCostAgainstAQuery() {
        List<Book> thousand = Library.generated(1000, 1000, null, null, 0);
        fixtures.put(thousand);
        String category = thousand.get(0).category();

        List<Book> browsed = learner.scanPaginator(scan -> scan.tableName("Books").filterExpression("Category = :category")
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category)))).items().stream()
                .map(Items::book).toList();
        double scan = new CapacityProbe(fixtures.client()).scanOfTheWholeTable("Books");

        assertThat(browsed).as("the Scan-based answer, right in what it returns")
                .containsExactlyInAnyOrderElementsOf(thousand.stream().filter(book -> book.category().equals(category)).toList());
        assertThatThrownBy(() -> AccessPatterns.costsAFractionOfAScan(log.calls(), "BookRepository.inCategory", scan, 10))
                .as("the capacity check of a Scan-based inCategory")
                .hasMessage("inCategory consumed " + scan + " read units to browse one category, against " + scan
                        + " for a Scan of the whole Books table — a Query of CategoryIndex reads, and bills, only that "
                        + "category's books: it should cost less than 1/10 of the Scan");

        int mark = log.mark();
        learner.queryPaginator(byCategory(category)).items().stream().count();
        assertThatCode(() -> AccessPatterns.costsAFractionOfAScan(log.since(mark), "BookRepository.inCategory", scan, 10))
                .as("the capacity check of inCategory done right, on the same store").doesNotThrowAnyException();
    }

    @Test
    void aStronglyConsistentFindIsToldAPageMayBeAMomentStaleAtHalfThePrice() {
        learner.getItem(get -> get.tableName("Books").key(Items.key("John Grisham", "The Firm")).consistentRead(true));
        double strong = new CapacityProbe(fixtures.client()).stronglyConsistentRead("Books", Items.key("John Grisham", "The Firm"));

        assertThatThrownBy(() -> AccessPatterns.readsEventuallyConsistent(log.calls(), "BookRepository.find", strong))
                .as("the capacity check of a strongly consistent find")
                .hasMessage("find asked for a strongly consistent read and consumed 1.0 read units, where a strongly "
                        + "consistent read of the book costs 1.0 — a book's page may be a moment stale: an eventually "
                        + "consistent read costs half");
    }

    @Test
    void aScanBasedFindIsToldToGetTheItemByItsKey() {
        Optional<Book> found = learner.scan(scan -> scan.tableName("Books")
                        .filterExpression("Author = :author AND Title = :title")
                        .expressionAttributeValues(Map.of(":author", AttributeValue.fromS("John Grisham"),
                                ":title", AttributeValue.fromS("The Firm"))))
                .items().stream().map(Items::book).findFirst();

        assertThat(found).as("the Scan-based answer, right in what it returns").isPresent();
        assertThatThrownBy(() -> AccessPatterns.readsOneItemByKey(log.calls(), "BookRepository.find", 1))
                .as("the check of a Scan-based find")
                .hasMessage("find scanned the whole Books table (Scan, 5 items read) — with the whole key in hand, one GetItem reads the book");
    }

    @Test
    void aGetItemFindPassesTheSameCheckAndCostsHalfAReadUnit() {
        learner.getItem(get -> get.tableName("Books").key(Items.key("John Grisham", "The Firm")));

        assertThatCode(() -> AccessPatterns.readsOneItemByKey(log.calls(), "BookRepository.find", 1))
                .as("the check of find done right").doesNotThrowAnyException();
        assertThat(AccessPatterns.capacityUnits(log.calls(), "BookRepository.find"))
                .as("the read units DynamoDB Local reports for an eventually consistent GetItem of a small book").isEqualTo(0.5);
        double strong = new CapacityProbe(fixtures.client()).stronglyConsistentRead("Books", Items.key("John Grisham", "The Firm"));
        assertThatCode(() -> AccessPatterns.readsEventuallyConsistent(log.calls(), "BookRepository.find", strong))
                .as("the capacity check of an eventually consistent find").doesNotThrowAnyException();
    }

    @Test
    void aByAuthorThatReadsOnlyTheFirstPageIsToldToFollowLastEvaluatedKey() {
        fixtures.put(Library.generated(11, 400, "Isaac Asimov", "Science Fiction", 4 * 1024));

        List<Book> firstPage = learner.query(byAuthor("Isaac Asimov")).items().stream().map(Items::book).toList();

        assertThat(firstPage).as("the first page of 400 books of 4 KB: less than all of them").hasSizeLessThan(400);
        assertThatThrownBy(() -> AccessPatterns.queriesTheTableEveryPage(log.calls(), "BookRepository.byAuthor"))
                .as("the check of a byAuthor that reads one page")
                .hasMessageStartingWith("byAuthor read 1 page of the answer and stopped while more were waiting "
                        + "(the last Query answered a LastEvaluatedKey)");
    }

    @Test
    void aByAuthorThatFollowsEveryPagePassesTheSameCheck() {
        fixtures.put(Library.generated(11, 400, "Isaac Asimov", "Science Fiction", 4 * 1024));

        long books = learner.queryPaginator(byAuthor("Isaac Asimov")).items().stream().count();

        assertThat(books).as("every page of Isaac Asimov's books").isEqualTo(400);
        assertThat(log.calls()).as("the Queries the paginator made").hasSizeGreaterThan(1);
        assertThatCode(() -> AccessPatterns.queriesTheTableEveryPage(log.calls(), "BookRepository.byAuthor"))
                .as("the check of byAuthor done right").doesNotThrowAnyException();
    }

    @Test
    void anInsertThatIgnoresUnprocessedItemsIsToldToSendThemAgainAndLosesThemAlone() {
        List<Book> books = Library.generated(60, 60, null, null, 0);
        faults.handBackPartOfBatchWrites(4);

        for (List<WriteRequest> batch : batchesOf25(books)) {
            learner.batchWriteItem(write -> write.requestItems(Map.of("Books", batch)));
        }

        assertThatThrownBy(() -> AccessPatterns.insertsInBatches(log.calls(), "BookRepository.insert", 60, 3))
                .as("the check of an insert that ignores UnprocessedItems")
                .hasMessageStartingWith("insert ignored the books the store handed back: 29 came back as "
                        + "UnprocessedItems and 29 of them were never sent again");
        assertThat(fixtures.books()).as("what the store holds: the five books and the 31 of 60 (the first 13 of each "
                + "25, and 6 of the last 10) that the store took; those it handed back are not written").hasSize(5 + 31);
    }

    @Test
    void anInsertThatSendsHandedBackBooksAgainPassesAndLosesNothing() {
        List<Book> books = Library.generated(60, 60, null, null, 0);
        faults.handBackPartOfBatchWrites(4);

        for (List<WriteRequest> batch : batchesOf25(books)) {
            Map<String, List<WriteRequest>> pending = Map.of("Books", batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> sending = pending;
                pending = learner.batchWriteItem(write -> write.requestItems(sending)).unprocessedItems();
            }
        }

        assertThatCode(() -> AccessPatterns.insertsInBatches(log.calls(), "BookRepository.insert", 60, 3))
                .as("the check of an insert that retries what was handed back").doesNotThrowAnyException();
        List<Book> expected = new ArrayList<>(Library.FIVE_BOOKS);
        expected.addAll(books);
        assertThat(fixtures.books()).as("what the store holds once every book handed back was sent again")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anInsertInTransactionsIsToldThatLoadingIsBatchWriteItemsJob() {
        List<TransactWriteItem> puts = Library.generated(60, 25, null, null, 0).stream()
                .map(book -> TransactWriteItem.builder().put(Put.builder().tableName("Books").item(Items.item(book)).build()).build())
                .toList();

        learner.transactWriteItems(transaction -> transaction.transactItems(puts));

        assertThat(fixtures.books()).as("what the store holds: the five books and the 25 the transaction wrote").hasSize(30);
        assertThatThrownBy(() -> AccessPatterns.insertsInBatches(log.calls(), "BookRepository.insert", 25, 1))
                .as("the check of an insert that writes its books in a transaction")
                .hasMessage("insert wrote books in transactions, which cost twice the write units and fail whole "
                        + "(1 TransactWriteItems call) — loading a catalogue is BatchWriteItem's job, 25 books a request");
    }

    @Test
    void anAddFormatThatCreatesABookIsToldToMakeTheUpdateConditional() {
        learner.updateItem(update -> update.tableName("Books").key(Items.key("John Grisham", "The Pelican Brief"))
                .updateExpression("SET Formats = :formats")
                .expressionAttributeValues(Map.of(":formats",
                        AttributeValue.fromM(Map.of("Audiobook", AttributeValue.fromS("PB000001"))))));

        assertThat(fixtures.item("John Grisham", "The Pelican Brief")).as("the book the wrong addFormat invented").isPresent();
        assertThatThrownBy(() -> AccessPatterns.changesOneBookInPlace(log.calls(), "BookRepository.addFormat"))
                .as("the check of an addFormat with no condition")
                .hasMessageStartingWith("addFormat updated the book without a condition that it exists "
                        + "(UpdateItem with no ConditionExpression)");
    }

    @Test
    void anAddFormatThatReadsTheBookFirstIsToldItNeedsNoRead() {
        learner.getItem(get -> get.tableName("Books").key(Items.key("John Grisham", "The Firm")));
        learner.updateItem(update -> update.tableName("Books").key(Items.key("John Grisham", "The Firm"))
                .updateExpression("SET Formats.Audiobook = :id").conditionExpression("attribute_exists(Author)")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS("DJ9KS9NX"))));

        assertThatThrownBy(() -> AccessPatterns.changesOneBookInPlace(log.calls(), "BookRepository.addFormat"))
                .as("the check of an addFormat that reads before it writes")
                .hasMessageStartingWith("addFormat read before it wrote (GetItem on the Books table, 1 item read)");
    }

    // Exercise 08: backups and restores

    @Test
    void aCreateBackupThatAnswersTheBackupsNameIsToldToAnswerTheArn() {
        String answered = learner.createBackup(backup -> backup.tableName("Books").backupName("BooksBeforeTheSale"))
                .backupDetails().backupName();

        assertThatThrownBy(() -> Backups.answersTheBackupArn(fixtures.client(), "BooksTable.createBackup", answered,
                "BooksBeforeTheSale", "Books"))
                .as("the check of a createBackup that answers the backup's name")
                .hasMessage("createBackup answered the backup's name, \"BooksBeforeTheSale\", not its ARN — answer the "
                        + "ARN the service gave the backup (CreateBackup's BackupDetails.BackupArn): it is how the backup "
                        + "is named later, when it is restored");
    }

    @Test
    void aCreateBackupThatAnswersTheTablesArnIsToldItIsNotTheBackups() {
        learner.createBackup(backup -> backup.tableName("Books").backupName("BooksBeforeTheSale"));
        String answered = learner.describeTable(describe -> describe.tableName("Books")).table().tableArn();

        assertThatThrownBy(() -> Backups.answersTheBackupArn(fixtures.client(), "BooksTable.createBackup", answered,
                "BooksBeforeTheSale", "Books"))
                .as("the check of a createBackup that answers the table's ARN")
                .hasMessageStartingWith("createBackup answered the ARN of the Books table, " + answered
                        + ", not the backup's — answer the ARN the service gave the backup");
    }

    @Test
    void aCreateBackupThatAnswersTheServicesArnPassesTheSameCheck() {
        String answered = learner.createBackup(backup -> backup.tableName("Books").backupName("BooksBeforeTheSale"))
                .backupDetails().backupArn();

        assertThat(Backups.answersTheBackupArn(fixtures.client(), "BooksTable.createBackup", answered,
                "BooksBeforeTheSale", "Books").backupDetails().backupName())
                .as("the name of the backup the service's ARN names").isEqualTo("BooksBeforeTheSale");
    }

    @Test
    void aRestoreThatReturnsBeforeTheTableIsActiveIsToldToWait() {
        String backup = harnessBackup();

        learner.restoreTableFromBackup(restore -> restore.backupArn(backup).targetTableName("BooksRestored"));

        assertThatThrownBy(() -> Backups.returnsOnceActive(log.calls(), RESTORE_BACKUP))
                .as("the check of a restoreBackup that does not wait")
                .hasMessage("restoreBackup returned while the table BooksRestored was CREATING (RestoreTableFromBackup "
                        + "said so, and it asked no more) — a restore takes a while, minutes or more on AWS: wait until "
                        + "the table is ACTIVE; the client's waiters do, and poll every 20 seconds unless told otherwise");
    }

    @Test
    void aRestoreThatWaitsWithAQuickWaiterPassesTheSameCheck() {
        String backup = harnessBackup();

        learner.restoreTableFromBackup(restore -> restore.backupArn(backup).targetTableName("BooksRestored"));
        awaitActive("BooksRestored");

        assertThatCode(() -> Backups.asksTheService(log.calls(), RESTORE_BACKUP))
                .as("the check that the restore was the service's").doesNotThrowAnyException();
        assertThatCode(() -> Backups.returnsOnceActive(log.calls(), RESTORE_BACKUP))
                .as("the check of a restoreBackup that waits with the waiter").doesNotThrowAnyException();
        assertThat(fixtures.books("BooksRestored")).as("the books of the restored table")
                .containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
    }

    @Test
    void aRestoreThatCopiesTheBooksIsToldARestoreIsTheServicesOperation() {
        harnessBackup();

        learner.createTable(create -> create.tableName("BooksRestored")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Author").attributeType("S").build(),
                        AttributeDefinition.builder().attributeName("Title").attributeType("S").build())
                .keySchema(KeySchemaElement.builder().attributeName("Author").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Title").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        learner.describeTable(describe -> describe.tableName("BooksRestored")); // a new table is usable once ACTIVE
        List<WriteRequest> copies = learner.scan(scan -> scan.tableName("Books")).items().stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList();
        learner.batchWriteItem(write -> write.requestItems(Map.of("BooksRestored", copies)));

        assertThat(fixtures.books("BooksRestored")).as("the copy, right in the books it holds")
                .containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
        assertThatThrownBy(() -> Backups.asksTheService(log.calls(), RESTORE_BACKUP))
                .as("the check of a restoreBackup that copies the books with Scan and writes")
                .hasMessage("restoreBackup copied the books itself (CreateTable on the BooksRestored table; Scan on the "
                        + "Books table, 5 items read; BatchWriteItem on the BooksRestored table, 5 writes) instead of "
                        + "calling RestoreTableFromBackup — a restore is the service's operation: it restores the "
                        + "table's indexes, its capacity and the exact moment asked for, and a copy made with Scan and "
                        + "writes does none of that");
    }

    @Test
    void aRestoreThatDeletesTheTableInItsWayIsToldARestoreNeverReplacesATable() {
        String backup = harnessBackup();
        Backups.Restore overBooks = new Backups.Restore("BooksTable.restoreBackup", Backups.FROM_BACKUP, "Books",
                "the moment the backup was taken");

        assertThatThrownBy(() -> learner.restoreTableFromBackup(restore -> restore.backupArn(backup).targetTableName("Books")))
                .as("the service's answer to a restore over the Books table").isInstanceOf(TableAlreadyExistsException.class);
        learner.deleteTable(delete -> delete.tableName("Books"));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(learner).build()) {
            waiter.waitUntilTableNotExists(describe -> describe.tableName("Books"));
        }
        learner.restoreTableFromBackup(restore -> restore.backupArn(backup).targetTableName("Books"));

        assertThatThrownBy(() -> Backups.asksTheService(log.calls(), overBooks))
                .as("the check of a restoreBackup that deletes the table in its way")
                .hasMessage("restoreBackup deleted the Books table (DeleteTable) — a restore never replaces a table: it "
                        + "makes a new one, and when the table exists the service's TableAlreadyExistsException is the "
                        + "caller's to hear");
    }

    @Test
    void aRestoreThatTurnsOnPointInTimeRecoveryItselfIsToldItKeepsNothingFromBefore() {
        Backups.Restore latest = new Backups.Restore("BooksTable.restoreToLatestRestorableTime", Backups.TO_POINT_IN_TIME,
                "BooksRewound", "its latest restorable time");

        assertThatThrownBy(() -> learner.restoreTableToPointInTime(restore -> restore.sourceTableName("Books")
                        .targetTableName("BooksRewound").useLatestRestorableTime(true)))
                .as("the service's answer to a restore of a table without point-in-time recovery")
                .isInstanceOf(PointInTimeRecoveryUnavailableException.class);
        learner.updateContinuousBackups(backups -> backups.tableName("Books")
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
        learner.restoreTableToPointInTime(restore -> restore.sourceTableName("Books").targetTableName("BooksRewound")
                .useLatestRestorableTime(true));

        assertThatThrownBy(() -> Backups.asksTheService(log.calls(), latest))
                .as("the check of a restore that turns point-in-time recovery on when it finds it off")
                .hasMessage("restoreToLatestRestorableTime turned on point-in-time recovery itself "
                        + "(UpdateContinuousBackups) — a restore rewinds to moments the table's continuous backups "
                        + "already kept, and turned on now they keep nothing from before: when recovery is off, the "
                        + "service's PointInTimeRecoveryUnavailableException is the caller's to hear");
    }

    @Test
    void aRestoreToThisMachinesNowIsToldTheMomentAskedFor() {
        Instant nineOClock = Instant.parse("2025-03-14T09:00:00Z");
        clock.set(nineOClock);
        fixtures.client().updateContinuousBackups(backups -> backups.tableName("Books")
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
        clock.set(nineOClock.plus(Duration.ofMinutes(50)));
        Backups.Restore asOf935 = new Backups.Restore("BooksTable.restoreToPointInTime", Backups.TO_POINT_IN_TIME,
                "BooksBeforeTheDeploy", "09:35 on the store's clock (2025-03-14T09:35:00Z)");

        assertThatThrownBy(() -> learner.restoreTableToPointInTime(restore -> restore.sourceTableName("Books")
                        .targetTableName("BooksBeforeTheDeploy").restoreDateTime(Instant.now())))
                .as("the service's answer to a restore of this machine's now, on a store whose clock reads 09:50")
                .isInstanceOf(InvalidRestoreTimeException.class);
        assertThatThrownBy(() -> Backups.asksTheService(log.calls(), asOf935))
                .as("the check of a restoreToPointInTime that passes Instant.now()")
                .hasMessage("restoreToPointInTime asked for a moment the service cannot restore "
                        + "(RestoreTableToPointInTime failed with InvalidRestoreTimeException) — the moment asked for was "
                        + "09:35 on the store's clock (2025-03-14T09:35:00Z): pass it on as it was given, never this "
                        + "machine's Instant.now(); the service restores by its own clock, within the window its "
                        + "continuous backups kept");

        learner.restoreTableToPointInTime(restore -> restore.sourceTableName("Books")
                .targetTableName("BooksBeforeTheDeploy").restoreDateTime(nineOClock.plus(Duration.ofMinutes(35))));
        awaitActive("BooksBeforeTheDeploy");
        assertThat(fixtures.books("BooksBeforeTheDeploy")).as("the Books table restored as of 09:35, the moment asked for")
                .containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
    }

    /** Waits as the reference solution does: the SDK's waiter, asking every 50 ms instead of every 20 s. */
    private void awaitActive(String table) {
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(learner).overrideConfiguration(wait -> wait
                .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(50)))).build()) {
            waiter.waitUntilTableExists(describe -> describe.tableName(table));
        }
    }

    private String harnessBackup() {
        return fixtures.client().createBackup(backup -> backup.tableName("Books").backupName("KataFixtureBackup"))
                .backupDetails().backupArn();
    }

    private static QueryRequest byCategory(String category) {
        return QueryRequest.builder().tableName("Books").indexName("CategoryIndex")
                .keyConditionExpression("Category = :category")
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS(category))).build();
    }

    private static QueryRequest byAuthor(String author) {
        return QueryRequest.builder().tableName("Books").keyConditionExpression("Author = :author")
                .expressionAttributeValues(Map.of(":author", AttributeValue.fromS(author))).build();
    }

    private static List<List<WriteRequest>> batchesOf25(List<Book> books) {
        List<WriteRequest> writes = books.stream()
                .map(book -> WriteRequest.builder().putRequest(PutRequest.builder().item(Items.item(book)).build()).build())
                .toList();
        List<List<WriteRequest>> batches = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += 25) {
            batches.add(writes.subList(from, Math.min(from + 25, writes.size())));
        }
        return batches;
    }
}
