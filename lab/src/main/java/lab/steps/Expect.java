package lab.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
}
