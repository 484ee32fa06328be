package lab.learner.agent;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The record {@code bookstore.Book} as one class loader has it: how to read a book's four components and how to make
 * one. Reflective, so that the harness and the learner's JVM, each with its own {@code Book} class, speak of books
 * the same way.
 */
public final class BookShape {

    static final String CLASS_NAME = LearnerMethod.LEARNER_PACKAGE + "Book";

    private final Class<?> type;
    private final Constructor<?> make;
    private final Method author;
    private final Method title;
    private final Method category;
    private final Method formats;

    public BookShape(ClassLoader loader) {
        try {
            type = Class.forName(CLASS_NAME, true, loader);
            make = type.getConstructor(String.class, String.class, String.class, Map.class);
            author = type.getMethod("author");
            title = type.getMethod("title");
            category = type.getMethod("category");
            formats = type.getMethod("formats");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(CLASS_NAME + " is not the lab's Book record (author, title, category, formats): " + e, e);
        }
    }

    boolean isBook(Object value) {
        return type.isInstance(value);
    }

    /** The book's author, title, category (maybe null) and formats. */
    Object[] components(Object book) {
        try {
            return new Object[] {author.invoke(book), title.invoke(book), category.invoke(book), formats.invoke(book)};
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A Book could not be read: " + e, e);
        }
    }

    Object make(String author, String title, String category, Map<String, String> formats) {
        try {
            return make.newInstance(author, title, category, formats);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A Book could not be made: " + e, e);
        }
    }
}
