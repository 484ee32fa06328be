package bookstore;

import java.util.Map;
import java.util.Objects;

/**
 * One book of the store, as the Books table holds it.
 *
 * @param author   the partition key: every book of one author lives in one item collection
 * @param title    the sort key: an author's books come back ordered by title
 * @param category what the store browses by, through the CategoryIndex; {@code null} when the book has none
 * @param formats  the formats the book is sold in, format name to product id; never {@code null}
 */
public record Book(String author, String title, String category, Map<String, String> formats) {

    public Book {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        formats = formats == null ? Map.of() : Map.copyOf(formats);
    }

    /** A book with no category. */
    public Book(String author, String title, Map<String, String> formats) {
        this(author, title, null, formats);
    }
}
