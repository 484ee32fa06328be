package bookstore;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The books in the Books table, read and written the way the store's access patterns need them.
 * Item layout: Author (S), Title (S), Category (S, absent when the book has none), Formats (M of S).
 */
public class BookRepository {

    /** BatchWriteItem takes at most this many writes in one request. */
    private static final int BATCH_LIMIT = 25;
    /** How many times one batch's unprocessed items are sent again before we give up. */
    private static final int BATCH_ATTEMPTS = 12;

    private final DynamoDbClient dynamoDb;

    public BookRepository(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Writes the books in batches; any number of books, and the later of two books with the same key wins. */
    public void insert(List<Book> books) {
        // One request may not write one key twice: keep the last book of each author and title.
        Map<List<String>, Book> lastOfEachKey = new LinkedHashMap<>();
        for (Book book : books) {
            lastOfEachKey.put(List.of(book.author(), book.title()), book);
        }
        List<WriteRequest> writes = lastOfEachKey.values().stream()
                .map(book -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem(book)).build()).build())
                .toList();
        for (int start = 0; start < writes.size(); start += BATCH_LIMIT) {
            writeBatch(writes.subList(start, Math.min(start + BATCH_LIMIT, writes.size())));
        }
    }

    /** Access pattern 1: the book with this author and title, if the store has it. */
    public Optional<Book> find(String author, String title) {
        Map<String, AttributeValue> item = dynamoDb.getItem(get -> get
                        .tableName(BooksTable.TABLE_NAME)
                        .key(key(author, title)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toBook(item));
    }

    /** All of an author's books, ordered by title. */
    public List<Book> byAuthor(String author) {
        return dynamoDb.queryPaginator(query -> query
                        .tableName(BooksTable.TABLE_NAME)
                        .keyConditionExpression("#author = :author")
                        .expressionAttributeNames(Map.of("#author", "Author"))
                        .expressionAttributeValues(Map.of(":author", string(author))))
                .items().stream()
                .map(BookRepository::toBook)
                .toList();
    }

    /** Access pattern 2: every book in a category, through the CategoryIndex. */
    public List<Book> inCategory(String category) {
        return dynamoDb.queryPaginator(query -> query
                        .tableName(BooksTable.TABLE_NAME)
                        .indexName(BooksTable.CATEGORY_INDEX)
                        .keyConditionExpression("#category = :category")
                        .expressionAttributeNames(Map.of("#category", "Category"))
                        .expressionAttributeValues(Map.of(":category", string(category))))
                .items().stream()
                .map(BookRepository::toBook)
                .toList();
    }

    /** Access pattern 3: sets (or replaces) one format of an existing book. */
    public void addFormat(String author, String title, String format, String productId) {
        updateExistingBook(author, title, "SET #formats.#format = :productId",
                Map.of(":productId", string(productId)), format);
    }

    /** Access pattern 3: removes one format of an existing book; a format the book lacks is no error. */
    public void removeFormat(String author, String title, String format) {
        updateExistingBook(author, title, "REMOVE #formats.#format", null, format);
    }

    private void updateExistingBook(String author, String title, String updateExpression,
                                    Map<String, AttributeValue> values, String format) {
        try {
            dynamoDb.updateItem(update -> update
                    .tableName(BooksTable.TABLE_NAME)
                    .key(key(author, title))
                    .updateExpression(updateExpression)
                    .conditionExpression("attribute_exists(#author)")
                    .expressionAttributeNames(Map.of("#author", "Author", "#formats", "Formats", "#format", format))
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException noSuchBook) {
            throw new BookNotFoundException(author, title);
        }
    }

    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(BooksTable.TABLE_NAME, batch);
        long pauseMillis = 20;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > BATCH_ATTEMPTS) {
                throw new IllegalStateException(pending.get(BooksTable.TABLE_NAME).size()
                        + " books were still unprocessed after " + BATCH_ATTEMPTS + " batch writes");
            }
            if (attempt > 1) {
                sleep(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 2_000);
            }
            Map<String, List<WriteRequest>> requestItems = pending;
            pending = dynamoDb.batchWriteItem(write -> write.requestItems(requestItems)).unprocessedItems();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying unprocessed books", e);
        }
    }

    private static Map<String, AttributeValue> key(String author, String title) {
        return Map.of("Author", string(author), "Title", string(title));
    }

    private static Map<String, AttributeValue> toItem(Book book) {
        Map<String, AttributeValue> item = new HashMap<>(key(book.author(), book.title()));
        if (book.category() != null) {
            item.put("Category", string(book.category()));
        }
        Map<String, AttributeValue> formats = new HashMap<>();
        book.formats().forEach((format, productId) -> formats.put(format, string(productId)));
        item.put("Formats", AttributeValue.fromM(formats));
        return item;
    }

    private static Book toBook(Map<String, AttributeValue> item) {
        Map<String, String> formats = new LinkedHashMap<>();
        AttributeValue stored = item.get("Formats");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((format, productId) -> formats.put(format, productId.s()));
        }
        AttributeValue category = item.get("Category");
        return new Book(item.get("Author").s(), item.get("Title").s(), category == null ? null : category.s(), formats);
    }

    private static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }
}
