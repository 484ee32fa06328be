package lab.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import lab.fixtures.Book;
import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import lab.fixtures.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The consumed capacity the run's store reports (DynamoDB Local, unless told otherwise), pinned down: these are the
 * numbers the README's "How the lab checks your code" states, and the capacity checks only compare numbers measured
 * on the same store, or bound them where every backend agrees (a small item read eventually consistent is half a unit).
 */
class ReportedCapacityTest {

    private static final ReturnConsumedCapacity INDEXES = ReturnConsumedCapacity.INDEXES;

    private RecordedStore store;
    private DynamoDbClient harness;

    @BeforeEach
    void aStoreWithTheFiveBooks() {
        store = new RecordedStore();
        harness = store.fixtures.client();
    }

    @AfterEach
    void closeTheClients() {
        store.close();
    }

    @Test
    void aReadCostsHalfAUnitPer4KbEventuallyConsistentAndAWholeOneStronglyFoundOrNot() {
        Book large = Library.generated(3, 1, "Large Print Author", "Large", 6 * 1024).get(0);
        store.fixtures.put(List.of(large));

        assertThat(get("John Grisham", "The Firm", false)).as("an eventually consistent GetItem of a small book").isEqualTo(0.5);
        assertThat(get("John Grisham", "The Firm", true)).as("a strongly consistent GetItem of a small book").isEqualTo(1.0);
        assertThat(get("John Grisham", "The Pelican Brief", false)).as("an eventually consistent GetItem that finds nothing").isEqualTo(0.5);
        assertThat(get("John Grisham", "The Pelican Brief", true)).as("a strongly consistent GetItem that finds nothing").isEqualTo(1.0);
        assertThat(get(large.author(), large.title(), false)).as("an eventually consistent GetItem of a 6 KB book").isEqualTo(1.0);
        assertThat(get(large.author(), large.title(), true)).as("a strongly consistent GetItem of a 6 KB book").isEqualTo(2.0);
        assertThat(harness.batchGetItem(batch -> batch.returnConsumedCapacity(INDEXES).requestItems(Map.of(Fixtures.BOOKS,
                        KeysAndAttributes.builder().keys(Items.key("John Grisham", "The Firm"), Items.key(large.author(), large.title()))
                                .build()))).consumedCapacity())
                .extracting(ConsumedCapacity::capacityUnits).as("a BatchGetItem of a small book and a 6 KB one: each rounded up alone")
                .containsExactly(1.5);
    }

    @Test
    void aQueryOrScanIsBilledOnEverythingItReadNotOnWhatItReturns() {
        store.fixtures.put(Library.generated(4, 2, "Large Print Author", "Large", 6 * 1024));
        Map<String, AttributeValue> largeAuthor = Map.of(":author", AttributeValue.fromS("Large Print Author"));

        double twoLarge = units(harness.query(query -> query.tableName(Fixtures.BOOKS).keyConditionExpression("Author = :author")
                .expressionAttributeValues(largeAuthor).returnConsumedCapacity(INDEXES)).consumedCapacity());
        double twoLargeStrongly = units(harness.query(query -> query.tableName(Fixtures.BOOKS).keyConditionExpression("Author = :author")
                .expressionAttributeValues(largeAuthor).consistentRead(true).returnConsumedCapacity(INDEXES)).consumedCapacity());
        double scan = units(harness.scan(all -> all.tableName(Fixtures.BOOKS).returnConsumedCapacity(INDEXES)).consumedCapacity());
        double filtered = units(harness.scan(some -> some.tableName(Fixtures.BOOKS).filterExpression("Category = :category")
                .expressionAttributeValues(Map.of(":category", AttributeValue.fromS("Suspense")))
                .returnConsumedCapacity(INDEXES)).consumedCapacity());

        assertThat(twoLarge).as("a Query answering two books of 6 KB: 12 KB read, eventually consistent").isEqualTo(1.5);
        assertThat(twoLargeStrongly).as("the same Query, strongly consistent").isEqualTo(3.0);
        assertThat(filtered).as("a Scan filtered down to the three Suspense books, against " + scan
                + " for the same Scan unfiltered: a filter saves nothing").isEqualTo(scan);
    }

    @Test
    void aWriteCostsAUnitPerKbAndAsMuchAgainForEachIndexItChanges() {
        Book kindred = new Book("Octavia E. Butler", "Kindred", "Classics", Map.of("Paperback", "OB000001"));
        Book large = Library.generated(9, 1, "Large Print Author", "Large", 3 * 1024).get(0);

        assertThat(put(kindred).capacityUnits()).as("a PutItem of a small book, no index").isEqualTo(1.0);
        assertThat(put(large).capacityUnits()).as("a PutItem of a 3 KB book, no index").isEqualTo(3.0);
        assertThat(units(harness.deleteItem(delete -> delete.tableName(Fixtures.BOOKS).key(Items.key("Nobody", "Nothing"))
                .returnConsumedCapacity(INDEXES)).consumedCapacity())).as("a DeleteItem of a book that is not there").isEqualTo(1.0);

        store.fixtures.addCategoryIndex();
        Book dawn = new Book("Octavia E. Butler", "Dawn", "Classics", Map.of("Paperback", "OB000002"));
        Book uncategorised = new Book("Octavia E. Butler", "Fledgling", null, Map.of("Paperback", "OB000003"));

        ConsumedCapacity indexed = put(dawn);
        assertThat(indexed.table().capacityUnits()).as("a PutItem of a small book with a Category: the table's part").isEqualTo(1.0);
        assertThat(indexed.globalSecondaryIndexes()).as("the same PutItem: CategoryIndex's part")
                .containsEntry(Fixtures.CATEGORY_INDEX, Capacity.builder().capacityUnits(1.0).build());
        assertThat(put(kindred).capacityUnits()).as("a PutItem writing a book with a Category again, unchanged: the index "
                + "is not written").isEqualTo(1.0);
        assertThat(put(uncategorised).capacityUnits()).as("a PutItem of a small book without a Category: the index is not written")
                .isEqualTo(1.0);
        assertThat(units(harness.updateItem(update -> update.tableName(Fixtures.BOOKS).key(Items.key(kindred.author(), kindred.title()))
                .updateExpression("SET Category = :category").expressionAttributeValues(Map.of(":category", AttributeValue.fromS("Fiction")))
                .returnConsumedCapacity(INDEXES)).consumedCapacity()))
                .as("an UpdateItem moving a book to another category: the table, and the index entry deleted and put again")
                .isEqualTo(3.0);
    }

    @Test
    void aTransactionCostsTwiceWhatTheSameReadOrWriteCostsAlone() {
        Book kindred = new Book("Octavia E. Butler", "Kindred", "Classics", Map.of("Paperback", "OB000001"));

        List<ConsumedCapacity> write = harness.transactWriteItems(transaction -> transaction.returnConsumedCapacity(INDEXES)
                .transactItems(TransactWriteItem.builder().put(Put.builder().tableName(Fixtures.BOOKS)
                        .item(Items.item(kindred)).build()).build())).consumedCapacity();
        List<ConsumedCapacity> read = harness.transactGetItems(transaction -> transaction.returnConsumedCapacity(INDEXES)
                .transactItems(TransactGetItem.builder().get(Get.builder().tableName(Fixtures.BOOKS)
                        .key(Items.key("John Grisham", "The Firm")).build()).build())).consumedCapacity();

        assertThat(write).extracting(ConsumedCapacity::capacityUnits).as("a transaction putting one small book").containsExactly(2.0);
        assertThat(read).extracting(ConsumedCapacity::capacityUnits).as("a transaction reading one small book").containsExactly(2.0);
    }

    @Test
    void onlyTheTotalUnitsAreReportedNotReadAndWriteUnitsApart() {
        ConsumedCapacity read = harness.getItem(get -> get.tableName(Fixtures.BOOKS).key(Items.key("John Grisham", "The Firm"))
                .returnConsumedCapacity(INDEXES)).consumedCapacity();

        assertThat(read.capacityUnits()).as("CapacityUnits of a GetItem").isEqualTo(0.5);
        assertThat(read.readCapacityUnits()).as("ReadCapacityUnits of a GetItem: DynamoDB Local leaves it out").isNull();
        assertThat(read.writeCapacityUnits()).as("WriteCapacityUnits of a GetItem: DynamoDB Local leaves it out").isNull();
    }

    private double get(String author, String title, boolean strongly) {
        return units(harness.getItem(get -> get.tableName(Fixtures.BOOKS).key(Items.key(author, title)).consistentRead(strongly)
                .returnConsumedCapacity(INDEXES)).consumedCapacity());
    }

    private ConsumedCapacity put(Book book) {
        return harness.putItem(put -> put.tableName(Fixtures.BOOKS).item(Items.item(book)).returnConsumedCapacity(INDEXES))
                .consumedCapacity();
    }

    private static double units(ConsumedCapacity capacity) {
        assertThat(capacity).as("the consumed capacity the store reported, asked for").isNotNull();
        return capacity.capacityUnits();
    }
}
