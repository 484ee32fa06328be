package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import lab.backend.Namespace;
import lab.backend.StandInBackend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An ARN names the region whose store answered: a client signing for another region is told that region's ARNs where
 * regions are stores apart, but where the backend is one store for every region (an endpoint the harness does not
 * own), or where a tool reaches the one table serve serves whatever region it signs for, it reached the home region's
 * store, and its ARNs say so, never a region whose store it did not see.
 */
class ArnsNameTheAnsweringRegionTest {

    private static final byte[] BOOKS = ("{\"Table\":{\"TableName\":\"Books\",\"TableStatus\":\"ACTIVE\","
            + "\"TableArn\":\"arn:aws:dynamodb:ddblocal:000000000000:table/Books\"}}").getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "regions apart: {0}, a caller the endpoint knows: {1}, signed for {2}")
    @CsvSource({
            "true,  true,  eu-west-1, eu-west-1",
            "false, true,  eu-west-1, us-east-1",
            "true,  false, localhost, us-east-1",
            "false, false, localhost, us-east-1",
    })
    void aTablesArnNamesTheRegionWhoseStoreAnswered(boolean regionsApart, boolean knownCaller, String signedFor,
                                                    String named) throws Exception {
        try (LoopbackServer backend = LoopbackServer.start("backend", request -> new LoopbackServer.Answer(200, Map.of(), BOOKS));
             LabEndpoint endpoint = LabEndpoint.start(new StandInBackend(
                     URI.create("http://127.0.0.1:" + backend.address().getPort()), regionsApart), List.of())) {
            assertThat(endpoint.region()).as("the home region").isEqualTo("us-east-1");
            LabNamespace namespace = endpoint.open(Namespace.isolated("one"), null);
            LabCredentials signer = namespace.learnerCredentials();
            if (!knownCaller) {
                endpoint.serveEveryCallerAs(namespace);
                signer = new LabCredentials("WORKBENCH", "workbench");
            }
            try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint.uri()).region(Region.of(signedFor))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(signer.accessKeyId(),
                            signer.secretAccessKey()))).build()) {
                assertThat(client.describeTable(describe -> describe.tableName("Books")).table().tableArn())
                        .as("the Books table's ARN, told to a client signing for " + signedFor)
                        .isEqualTo("arn:aws:dynamodb:" + named + ":000000000000:table/Books");
            }
        }
    }
}
