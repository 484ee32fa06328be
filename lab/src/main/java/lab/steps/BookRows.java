package lab.steps;

import java.util.LinkedHashMap;
import java.util.Map;

import lab.fixtures.Book;
import io.cucumber.java.DataTableType;

/**
 * How the features write books: a row {@code | author | title | category | formats |} where an empty category means
 * none, and formats read "Hardcover J4SUKVGU, Paperback D7YF4FCX" (a format's name may hold spaces; its product id not).
 */
public class BookRows {

    @DataTableType
    public Book book(Map<String, String> row) {
        return new Book(row.get("author"), row.get("title"), row.get("category"), formats(row.get("formats")));
    }

    public static Map<String, String> formats(String written) {
        Map<String, String> formats = new LinkedHashMap<>();
        if (written == null || written.isBlank()) {
            return formats;
        }
        for (String entry : written.split(",\\s*")) {
            int space = entry.trim().lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("A format is written 'Name PRODUCTID', not '" + entry + "'");
            }
            formats.put(entry.trim().substring(0, space), entry.trim().substring(space + 1));
        }
        return formats;
    }
}
