package bookstore;

import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The books in the Books table, read and written the way the store's access patterns need them.
 * Item layout: Author (S), Title (S), Category (S, absent when the book has none), Formats (M of S).
 */
public class BookRepository {

    private final DynamoDbClient dynamoDb;

    public BookRepository(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Writes the books in batches; any number of books, and the later of two books with the same key wins. */
    public void insert(List<Book> books) {
        // TODO: Loading many books is a batch job: a batch write takes a limited number of items per request,
        //       may leave some of them unprocessed, and refuses two writes to the same key in one request.
        throw new UnsupportedOperationException("BookRepository.insert — exercise 02, features/02_insert_the_books.feature");
    }

    /** Access pattern 1: the book with this author and title, if the store has it. */
    public Optional<Book> find(String author, String title) {
        // TODO: Access pattern 1 — you know the book's whole primary key (Author and Title),
        //       so read exactly that one item; no searching is needed.
        throw new UnsupportedOperationException("BookRepository.find — exercise 03, features/03_find_a_book.feature");
    }

    /** All of an author's books, ordered by title. */
    public List<Book> byAuthor(String author) {
        // TODO: An author is a partition key, so their books sit together, sorted by Title.
        //       Ask for that one item collection, and remember that a large answer comes in pages.
        throw new UnsupportedOperationException("BookRepository.byAuthor — exercise 04, features/04_books_by_an_author.feature");
    }

    /** Access pattern 2: every book in a category, through the CategoryIndex. */
    public List<Book> inCategory(String category) {
        // TODO: Access pattern 2 — Category is not the table's key, but it is the CategoryIndex's.
        //       Read from the index the way you would read a table by its partition key, every page of it.
        throw new UnsupportedOperationException("BookRepository.inCategory — exercise 05, features/05_browse_a_category.feature");
    }

    /** Access pattern 3: sets (or replaces) one format of an existing book. */
    public void addFormat(String author, String title, String format, String productId) {
        // TODO: Access pattern 3 — change one entry of the Formats map in place, without reading the book first
        //       and without rewriting it. The book must already exist: a write must never invent one.
        //       A format name is data, whatever characters it holds.
        throw new UnsupportedOperationException("BookRepository.addFormat — exercise 06, features/06_add_and_remove_formats.feature");
    }

    /** Access pattern 3: removes one format of an existing book; a format the book lacks is no error. */
    public void removeFormat(String author, String title, String format) {
        // TODO: Access pattern 3 — remove one entry of the Formats map in place, on a book that must exist.
        throw new UnsupportedOperationException("BookRepository.removeFormat — exercise 06, features/06_add_and_remove_formats.feature");
    }
}
