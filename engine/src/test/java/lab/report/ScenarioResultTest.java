package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A failure's headline says its figures, whoever wrote the assertion, and never the collection it lists. */
class ScenarioResultTest {

    @Test
    void aHeadlineOfABareDescriptionGoesOnToTheFiguresAndStopsBeforeTheCollection() {
        List<String> books = IntStream.range(0, 279).mapToObj(i -> "Book number " + i).toList();
        String sized = message(() -> assertThat(books).as("how many books the Books table holds").hasSize(300));
        assertThat(failed(sized).headline()).as("the headline of a failed hasSize")
                .isEqualTo("[how many books the Books table holds] Expected size: 300 but was: 279");

        String equal = message(() -> assertThat(4).as("books by John Grisham").isEqualTo(5));
        assertThat(failed(equal).headline()).as("the headline of a failed isEqualTo")
                .isEqualTo("[books by John Grisham] expected: 5 but was: 4");

        String plain = "StoreMetrics.userErrors answered 0; 2 were the caller's\nmore below";
        assertThat(failed(plain).headline()).as("the headline of a message in the lab's words")
                .isEqualTo("StoreMetrics.userErrors answered 0; 2 were the caller's");
        assertThat(failed(null).headline()).isEmpty();
    }

    private static String message(Runnable failing) {
        return catchThrowable(failing::run).getMessage();
    }

    private static ScenarioResult failed(String message) {
        return new ScenarioResult("04", "a scenario", 1, Verdict.FAILED, message, null, List.of());
    }
}
