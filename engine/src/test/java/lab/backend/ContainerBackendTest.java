package lab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.dynamodb.services.local.main.ServerRunner;

/** What {@code -Dkata.backend=container} says when it cannot work: one line, and never another backend instead. */
class ContainerBackendTest {

    @Test
    void withoutDockerItSaysSoInOneLineAndThatTheDefaultBackendNeedsNone() {
        assertThatThrownBy(() -> ContainerBackend.start(ContainerBackend.DEFAULT_IMAGE, () -> false))
                .as("what -Dkata.backend=container is told where no Docker engine answers")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessageContainingAll("needs Docker", "no Docker engine is reachable", "default embedded backend, which needs none")
                .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1))
                .satisfies(thrown -> assertThat(thrown.getStackTrace()).as("the stack trace after the message").isEmpty());
    }

    @Test
    void aMalformedImageNameIsOneLineGivingTheDefaultAsAnExample() {
        assertThatThrownBy(() -> ContainerBackend.start("Amazon/DynamoDB Local", () -> true))
                .as("what -Dkata.container.image='Amazon/DynamoDB Local' is told")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessageContainingAll("is not an image name", ContainerBackend.DEFAULT_IMAGE)
                .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1));
    }

    @Test
    void theDefaultImageIsThePublicOnePinnedToTheVersionTheEmbeddedBackendRuns() {
        String embeddedJar = ServerRunner.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String tag = ContainerBackend.DEFAULT_IMAGE.substring(ContainerBackend.DEFAULT_IMAGE.indexOf(':') + 1);

        assertThat(ContainerBackend.DEFAULT_IMAGE).as("the image -Dkata.backend=container starts unless told otherwise")
                .startsWith("amazon/dynamodb-local:");
        assertThat(embeddedJar).as("the DynamoDB Local jar the embedded backend runs, named with its version")
                .endsWith("/DynamoDBLocal-" + tag + ".jar");
    }
}
