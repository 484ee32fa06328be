package lab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.regions.Region;

/** How {@code -Dkata.endpoint}, {@code -Dkata.region} and {@code -Dkata.namespace} are read, and what they mean. */
class EndpointBackendTest {

    @Test
    void aNamespacePrefixGivesEachScenarioADatabaseOfItsOwnNamedByACounter() {
        EndpointBackend backend = EndpointBackend.of("http://127.0.0.1:8000", null, "grader7");

        Namespace first = backend.newNamespace();
        Namespace second = backend.newNamespace();

        assertThat(backend.isolatesScenarios()).as("a caller-owned DynamoDB Local with a namespace prefix isolates scenarios").isTrue();
        assertThat(first.id()).as("the first scenario's namespace").isEqualTo("grader700001");
        assertThat(second.id()).as("the second scenario's namespace").isEqualTo("grader700002");
        AwsCredentials signedWith = second.credentials().resolveCredentials();
        assertThat(signedWith.accessKeyId()).as("the access key id the second scenario signs with: its database").isEqualTo("grader700002");
    }

    @Test
    void withoutANamespacePrefixTheEndpointIsSharedAndScenariosShareOneNamespace() {
        EndpointBackend backend = EndpointBackend.of("http://localhost:4566", null, " ");

        assertThat(backend.isolatesScenarios()).as("an endpoint without a namespace prefix isolates nothing").isFalse();
        assertThat(backend.newNamespace().id()).as("the namespace every scenario shares").isEqualTo("endpoint");
        assertThat(backend.newNamespace().toString()).as("what a shared namespace prints: a name, never credentials")
                .isEqualTo("endpoint");
        backend.close();
    }

    @Test
    void theRegionIsTheOneGivenElseTheOneInAnAwsHostNameElseUsEast1() {
        assertThat(EndpointBackend.of("https://dynamodb.eu-west-1.amazonaws.com", null, null).region())
                .as("the region of an AWS endpoint given without -Dkata.region").isEqualTo(Region.EU_WEST_1);
        assertThat(EndpointBackend.of("https://dynamodb.eu-west-1.amazonaws.com", "eu-central-1", null).region())
                .as("the region given with -Dkata.region, over the host's").isEqualTo(Region.EU_CENTRAL_1);
        assertThat(EndpointBackend.of("http://localhost:8000", null, "a").region())
                .as("the region of a non-AWS endpoint given without -Dkata.region").isEqualTo(Region.US_EAST_1);
    }

    @Test
    void aMissingOrMalformedSettingIsOneLineThatSaysWhatToGive() {
        assertOneLine(() -> EndpointBackend.of(null, null, null), "needs -Dkata.endpoint=URL");
        assertOneLine(() -> EndpointBackend.of("localhost:8000", null, null), "is not an http(s) URL with a host");
        assertOneLine(() -> EndpointBackend.of("http://exa mple", null, null), "is not an http(s) URL with a host");
        assertOneLine(() -> EndpointBackend.of("http://localhost:8000", null, "grader-7"), "is not a namespace prefix");
        assertOneLine(() -> EndpointBackend.of("http://localhost:8000", "Europe West", "a"), "is not a region name");
    }

    private static void assertOneLine(Runnable configure, String saying) {
        assertThatThrownBy(configure::run).as("what a bad endpoint setting is told")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessageContaining(saying)
                .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1))
                .satisfies(thrown -> assertThat(thrown.getStackTrace()).as("the stack trace after the message").isEmpty());
    }
}
