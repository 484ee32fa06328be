package lab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Choosing the backend with {@code -Dkata.backend=}. */
class BackendsTest {

    @Test
    void anUnknownBackendIsOneLineListingTheValidOnes() {
        assertThatThrownBy(() -> Backends.select(new BackendSettings("dynamo", null, null, null, null)))
                .as("what -Dkata.backend=dynamo is told")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessageStartingWith("Unknown backend 'dynamo': use -Dkata.backend=embedded")
                .hasMessageContainingAll("embedded", "container", "endpoint")
                .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1))
                .satisfies(thrown -> assertThat(thrown.getStackTrace()).as("the stack trace after the message").isEmpty());
    }

    @Test
    void aBackendsAnswerIsQuotedByItsFirstLineWithAnyAccessKeyIdMasked() {
        String answer = "The security token AKIAIOSFODNN7EXAMPLE is invalid, and so is ASIAY34FZKBOKMUTVV7A.\nRequest id: 42";

        assertThat(Backends.firstLine(answer)).as("what a run prints of the backend's refusal")
                .isEqualTo("The security token <access key id> is invalid, and so is <access key id>.");
    }
}
