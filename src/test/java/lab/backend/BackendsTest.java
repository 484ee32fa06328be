package lab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Choosing the backend with {@code -Dkata.backend=}. */
class BackendsTest {

    @Test
    void anUnknownBackendIsOneLineListingTheValidOnes() {
        assertThatThrownBy(() -> Backends.select("dynamo"))
                .as("what -Dkata.backend=dynamo is told")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessageStartingWith("Unknown backend 'dynamo': use -Dkata.backend=embedded")
                .hasMessageContainingAll("embedded", "container", "endpoint")
                .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1))
                .satisfies(thrown -> assertThat(thrown.getStackTrace()).as("the stack trace after the message").isEmpty());
    }
}
