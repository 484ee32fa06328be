package lab.steps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lab.fixtures.Book;

/** Small things several step classes check the same way. */
final class Expect {

    /** The order DynamoDB sorts string keys in: by their UTF-8 bytes, unsigned. */
    static final Comparator<String> KEY_ORDER = (a, b) ->
            Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    static final Comparator<Book> BY_TITLE = Comparator.comparing(Book::title, KEY_ORDER);

    private Expect() {
    }

    /**
     * The refusal a scenario expected: the method must have let exactly this kind of exception reach its caller.
     */
    static void refused(Learner.Attempt attempt, Class<? extends Throwable> expected, String meaning) {
        if (attempt == null) {
            throw new AssertionError("No call was attempted before this step");
        }
        if (attempt.thrown() == null) {
            throw new AssertionError(attempt.method() + " returned normally, but " + meaning + ": it should let "
                    + expected.getSimpleName() + " reach its caller");
        }
        if (!expected.isInstance(attempt.thrown())) {
            throw new AssertionError(attempt.method() + " threw " + attempt.thrown().getClass().getSimpleName() + " ("
                    + attempt.thrown().getMessage() + "), but " + meaning + ": expected " + expected.getSimpleName());
        }
    }

    /** The same for the learner's own exception, named by its class's binary name: it is not the lab's class. */
    static void refused(Learner.Attempt attempt, String expectedClassName, String meaning) {
        String simpleName = expectedClassName.substring(expectedClassName.lastIndexOf('.') + 1);
        if (attempt == null) {
            throw new AssertionError("No call was attempted before this step");
        }
        if (attempt.thrown() == null) {
            throw new AssertionError(attempt.method() + " returned normally, but " + meaning + ": it should let "
                    + simpleName + " reach its caller");
        }
        if (!attempt.thrownClassName().equals(expectedClassName)) {
            String thrownName = attempt.thrownClassName();
            throw new AssertionError(attempt.method() + " threw " + thrownName.substring(thrownName.lastIndexOf('.') + 1)
                    + " (" + attempt.thrown().getMessage() + "), but " + meaning + ": expected " + simpleName);
        }
    }

    static String describe(List<Book> books) {
        StringBuilder text = new StringBuilder();
        books.forEach(book -> text.append("\n  ").append(book));
        return books.isEmpty() ? "(no books)" : text.toString();
    }

    /** How many books a comparison's message names as examples of each difference. */
    static final int EXAMPLES = 3;

    /**
     * The books answered are the books expected, in any order. A failure says the figures first ("300 books expected,
     * 279 answered: 21 missing"), then a few examples of each difference, never the whole collection.
     */
    static void sameBooks(List<Book> actual, List<Book> expected, String what) {
        String differences = differences(actual, expected);
        if (!differences.isEmpty()) {
            throw new AssertionError(what + ": " + differences);
        }
    }

    /** The same, and in the expected order. */
    static void sameBooksInOrder(List<Book> actual, List<Book> expected, String what) {
        sameBooks(actual, expected, what);
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(what + ": the " + expected.size() + " books expected were answered, but not in "
                        + "order: book " + (i + 1) + " is " + name(actual.get(i)) + ", where " + name(expected.get(i))
                        + " belongs");
            }
        }
    }

    /** What sets the answer apart from what was expected, figures first; empty when nothing does. */
    static String differences(List<Book> actual, List<Book> expected) {
        Map<String, Book> wanted = byKey(expected);
        Map<String, List<Book>> answered = new LinkedHashMap<>();
        for (Book book : actual) {
            answered.computeIfAbsent(key(book), key -> new ArrayList<>()).add(book);
        }
        List<Book> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Book book : wanted.values()) {
            List<Book> found = answered.get(key(book));
            if (found == null) {
                missing.add(book);
            } else if (!found.get(0).equals(book)) {
                changed.add(name(book) + " answered as " + found.get(0) + ", stored as " + book);
            }
        }
        List<Book> unexpected = actual.stream().filter(book -> !wanted.containsKey(key(book))).toList();
        List<Book> twice = answered.values().stream().filter(books -> books.size() > 1).map(books -> books.get(0)).toList();
        if (missing.isEmpty() && changed.isEmpty() && unexpected.isEmpty() && twice.isEmpty()
                && actual.size() == expected.size()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(count(expected.size()) + " expected, " + actual.size() + " answered");
        if (!missing.isEmpty()) {
            parts.add(missing.size() + " missing (" + examples(missing.stream().map(Expect::name).toList()) + ")");
        }
        if (!unexpected.isEmpty()) {
            parts.add(unexpected.size() + " not expected (" + examples(unexpected.stream().map(Expect::name).toList()) + ")");
        }
        if (!twice.isEmpty()) {
            parts.add(twice.size() + " answered more than once (" + examples(twice.stream().map(Expect::name).toList()) + ")");
        }
        if (!changed.isEmpty()) {
            parts.add(changed.size() + " not as stored (" + examples(changed) + ")");
        }
        return String.join("; ", parts);
    }

    private static Map<String, Book> byKey(List<Book> books) {
        Map<String, Book> byKey = new LinkedHashMap<>();
        books.forEach(book -> byKey.put(key(book), book));
        return byKey;
    }

    private static String key(Book book) {
        return book.author() + "\u0000" + book.title();
    }

    private static String name(Book book) {
        return "\"" + book.title() + "\" by " + book.author();
    }

    private static String count(int books) {
        return books == 1 ? "1 book" : books + " books";
    }

    private static String examples(List<String> all) {
        String shown = String.join(", ", all.subList(0, Math.min(EXAMPLES, all.size())));
        return all.size() > EXAMPLES ? "e.g. " + shown + ", and " + (all.size() - EXAMPLES) + " more" : shown;
    }
}
