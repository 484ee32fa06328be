package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BookRowsTest {

    @Test
    void formatsAreNamesWithSpacesFollowedByAProductId() {
        assertThat(BookRows.formats("Hardcover J4SUKVGU, Large Print LP000001")).containsExactly(
                Map.entry("Hardcover", "J4SUKVGU"), Map.entry("Large Print", "LP000001"));
    }

    @Test
    void anEmptyCellIsNoFormats() {
        assertThat(BookRows.formats(null)).isEmpty();
        assertThat(BookRows.formats(" ")).isEmpty();
    }

    @Test
    void aFormatWithoutProductIdIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> BookRows.formats("Hardcover")).hasMessageContaining("'Name PRODUCTID'");
    }
}
