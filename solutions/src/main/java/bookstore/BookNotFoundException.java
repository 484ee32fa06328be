package bookstore;

/** Thrown when an operation names a book (author and title) that the Books table does not hold. */
public class BookNotFoundException extends RuntimeException {

    public BookNotFoundException(String author, String title) {
        super("No book \"" + title + "\" by " + author + " in the Books table");
    }
}
