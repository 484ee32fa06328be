package lab.learner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import bookstore.Book;

/**
 * The learner's code, as the steps call it: the methods of the learner's {@code BooksTable} and
 * {@code BookRepository}, each on a fresh instance made with the scenario's client. Whether that code runs in this
 * JVM or in a learner JVM of its own is the implementation's business; either way, what the learner's code throws
 * reaches the caller with its class's name, its message and the learner's own frames, and a call that cannot finish
 * (past its time limit, or its JVM gone) throws {@link LearnerCallFailed}.
 */
public interface LearnerCode {

    // BooksTable

    void create();

    void addCategoryIndex();

    void switchToProvisioned(long readUnits, long writeUnits);

    void switchToOnDemand();

    String createBackup(String backupName);

    void restoreBackup(String backupArn, String targetTable);

    void enablePointInTimeRecovery();

    void restoreToLatestRestorableTime(String targetTable);

    void restoreToPointInTime(Instant moment, String targetTable);

    void delete();

    // BookRepository

    void insert(List<Book> books);

    Optional<Book> find(String author, String title);

    List<Book> byAuthor(String author);

    List<Book> inCategory(String category);

    void addFormat(String author, String title, String format, String productId);

    void removeFormat(String author, String title, String format);
}
