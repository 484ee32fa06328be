package lab.catalogue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The lab's exercises, in order: the one list that the board, the hints, the exercise filter, grading,
 * the GitHub Classroom workflow and the integrity checks all read.
 */
public final class Catalogue {

    public static final List<Exercise> EXERCISES = List.of(
            new Exercise("01", "Create the table", "features/01_create_the_table.feature",
                    List.of("BooksTable.create"), List.of(),
                    """
                    Every access pattern starts from the primary key. Which two attributes name one book, and which \
                    of them groups books together? A table defines only its key attributes; everything else is \
                    schemaless. Look at CreateTableRequest's keySchema, attributeDefinitions and billingMode, and at \
                    what the client's waiters can wait for.""",
                    10),
            new Exercise("02", "Insert the books", "features/02_insert_the_books.feature",
                    List.of("BookRepository.insert"), List.of(),
                    """
                    BatchWriteItem writes many items per request, but not any number: read its limits. Its response \
                    can hand items back (UnprocessedItems) that you must send again, and one request may not name the \
                    same key twice. An attribute with no value is left out of the item, not stored empty. Items handed \
                    back are not an error, so nothing retries them but your loop (pause a little longer each time); a \
                    throttled request is an error, and the SDK's retry policy already retries it with backoff.""",
                    10),
            new Exercise("03", "Find a book", "features/03_find_a_book.feature",
                    List.of("BookRepository.find"), List.of(),
                    """
                    You know the whole primary key, so no searching is needed: one read of one item. What does the \
                    response hold when there is no such item? When the store is busy the SDK's retry policy retries \
                    the read with backoff, so write no retry loop of your own; and let what it finally throws reach \
                    the caller, since a busy store is not a missing book.""",
                    10),
            new Exercise("04", "Books by an author", "features/04_books_by_an_author.feature",
                    List.of("BookRepository.byAuthor"), List.of(),
                    """
                    All of an author's books share a partition key and are stored sorted by their sort key. One \
                    request reads a partition; a key condition names it. Answers stop at 1 MB: the SDK has paginators \
                    that follow LastEvaluatedKey for you.""",
                    10),
            new Exercise("05", "Browse a category", "features/05_browse_a_category.feature",
                    List.of("BooksTable.addCategoryIndex", "BookRepository.inCategory"), List.of(),
                    """
                    A global secondary index is added with UpdateTable: it needs the new key attribute's definition, \
                    its key schema and a projection, and it is built in the background (watch its IndexStatus). \
                    Then an index is read just like a table: name it in the request.""",
                    15),
            new Exercise("06", "Add and remove formats", "features/06_add_and_remove_formats.feature",
                    List.of("BookRepository.addFormat", "BookRepository.removeFormat"), List.of(),
                    """
                    UpdateItem can SET or REMOVE one entry of a map by its document path, without reading the item. \
                    A condition expression can insist that the item exists, and its failure has an exception of its \
                    own. Names that are data go into expression attribute names, never into the expression text itself.""",
                    15),
            new Exercise("07", "Capacity modes and consumed capacity", "features/07_capacity.feature",
                    List.of("BooksTable.switchToProvisioned", "BooksTable.switchToOnDemand"),
                    // Its consumed-capacity scenarios measure what exercises 03 and 05's reads cost.
                    List.of("BookRepository.find", "BookRepository.inCategory"),
                    """
                    The billing mode is changed with UpdateTable. Provisioned throughput belongs to the table and, \
                    separately, to every global secondary index: DescribeTable tells you which indexes there are. \
                    The service allows only a few switches to on-demand a day: let its refusal reach the caller. \
                    Every read is billed in read units, which ReturnConsumedCapacity shows you. An eventually \
                    consistent read costs half a strongly consistent one; a Query reads, and bills, only the items it \
                    needs, while a Scan reads every item of the table.""",
                    10),
            new Exercise("08", "Backups and point-in-time restore", "features/08_backups_and_restore.feature",
                    List.of("BooksTable.createBackup", "BooksTable.restoreBackup",
                            "BooksTable.enablePointInTimeRecovery", "BooksTable.restoreToLatestRestorableTime",
                            "BooksTable.restoreToPointInTime"),
                    List.of(),
                    """
                    Backups have their own operations (CreateBackup, RestoreTableFromBackup); point-in-time recovery \
                    is part of the table's continuous backups (UpdateContinuousBackups, RestoreTableToPointInTime). A \
                    restore is the service's operation, never a copy you make with Scan and writes: it always makes a \
                    new table, and what it refuses (the table exists, recovery is off, the moment is outside the \
                    window) is the caller's to hear. The moment to restore is the one asked for, on the service's \
                    clock. The new table is not usable until it is ACTIVE: the client's waiters wait for that, but \
                    poll every 20 seconds unless their override configuration sets a shorter backoff strategy.""",
                    10),
            new Exercise("09", "Delete the table", "features/09_delete_the_table.feature",
                    List.of("BooksTable.delete"), List.of(),
                    """
                    DeleteTable starts the deletion; a waiter can tell you when the table no longer exists. Do not \
                    catch what the service refuses: the caller must hear it.""",
                    10));

    private Catalogue() {
    }

    public static Optional<Exercise> byId(String id) {
        String wanted = id.length() == 1 ? "0" + id : id;
        return EXERCISES.stream().filter(exercise -> exercise.id().equals(wanted)).findFirst();
    }

    /** The exercise whose feature file this is, from a Cucumber URI such as {@code file:///…/features/03_find_a_book.feature}. */
    public static Optional<Exercise> byFeatureUri(URI uri) {
        String path = uri.getPath() == null ? uri.getSchemeSpecificPart() : uri.getPath();
        return EXERCISES.stream().filter(exercise -> path.endsWith("/" + exercise.feature())
                || path.equals(exercise.feature())).findFirst();
    }

    /** The message a stub throws, naming the exercise that owns it, e.g. {@code BookRepository.find — exercise 03, …}. */
    public static Optional<String> stubMessage(String stub) {
        return EXERCISES.stream().filter(exercise -> exercise.stubs().contains(stub)).findFirst()
                .map(owner -> owner.stubMessage(stub));
    }

    public static int totalPoints() {
        return EXERCISES.stream().mapToInt(Exercise::points).sum();
    }
}
