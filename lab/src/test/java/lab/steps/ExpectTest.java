package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lab.fixtures.Book;
import lab.fixtures.Library;
import org.junit.jupiter.api.Test;

class ExpectTest {

    private static final List<Book> MANY = Library.generated(7, 300, "Ann Leckie", "Science Fiction", 0);

    @Test
    void theSameBooksInAnotherOrderAreTheSame() {
        List<Book> shuffled = new ArrayList<>(MANY);
        java.util.Collections.reverse(shuffled);
        assertThatCode(() -> Expect.sameBooks(shuffled, MANY, "the books answered")).doesNotThrowAnyException();
    }

    @Test
    void aShortAnswerSaysItsFiguresFirstAndNamesAFewOfTheMissing() {
        assertThatThrownBy(() -> Expect.sameBooks(MANY.subList(0, 279), MANY, "the books answered"))
                .hasMessageStartingWith("the books answered: 300 books expected, 279 answered; 21 missing (e.g. ")
                .hasMessageEndingWith(", and 18 more)")
                .satisfies(failure -> assertThat(failure.getMessage().length())
                        .as("a failure about 300 books stays short").isLessThan(400));
    }

    @Test
    void aBookAnsweredDifferentlyIsNamedWithBothVersions() {
        Book stored = Library.FIVE_BOOKS.get(0);
        Book answered = new Book(stored.author(), stored.title(), null, stored.formats());
        List<Book> actual = new ArrayList<>(Library.FIVE_BOOKS);
        actual.set(0, answered);
        assertThatThrownBy(() -> Expect.sameBooks(actual, Library.FIVE_BOOKS, "the books answered"))
                .hasMessage("the books answered: 5 books expected, 5 answered; 1 not as stored (\"" + stored.title()
                        + "\" by " + stored.author() + " answered as " + answered + ", stored as " + stored + ")");
    }

    @Test
    void extraAndRepeatedBooksAreCountedApart() {
        Book stranger = new Book("Jane Austen", "Emma", "Romance", Map.of());
        List<Book> actual = new ArrayList<>(Library.FIVE_BOOKS);
        actual.add(stranger);
        actual.add(Library.FIVE_BOOKS.get(1));
        assertThatThrownBy(() -> Expect.sameBooks(actual, Library.FIVE_BOOKS, "the books answered"))
                .hasMessageContaining("5 books expected, 7 answered")
                .hasMessageContaining("1 not expected (\"Emma\" by Jane Austen)")
                .hasMessageContaining("1 answered more than once");
    }

    @Test
    void theRightBooksInTheWrongOrderNameTheFirstOutOfPlace() {
        List<Book> inOrder = MANY.stream().sorted(Expect.BY_TITLE).toList();
        List<Book> swapped = new ArrayList<>(inOrder);
        swapped.set(4, inOrder.get(5));
        swapped.set(5, inOrder.get(4));
        assertThatThrownBy(() -> Expect.sameBooksInOrder(swapped, inOrder, "the books answered, in title order"))
                .hasMessage("the books answered, in title order: the 300 books expected were answered, but not in order: "
                        + "book 5 is \"" + inOrder.get(5).title() + "\" by Ann Leckie, where \"" + inOrder.get(4).title()
                        + "\" by Ann Leckie belongs");
    }
}
