package lab.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Namespaces' clients made from one built client sign every request as their own namespace, whichever form of a call
 * the harness uses (a request, a builder, a paginator, a waiter), keep a request's own settings, and closing one leaves
 * the others working.
 */
class SigningClientsTest {

    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/]+)/");

    @Test
    void eachNamespacesRequestsAreSignedAsThatNamespace() throws Exception {
        List<String> signedBy = new CopyOnWriteArrayList<>();
        HttpServer backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            Matcher key = ACCESS_KEY.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            signedBy.add((key.find() ? key.group(1) : "unsigned") + " " + target.replaceAll(".*\\.", ""));
            byte[] body = (target.endsWith("DescribeTable") ? "{\"Table\":{\"TableName\":\"Books\",\"TableStatus\":\"ACTIVE\"}}"
                    : "{\"TableNames\":[\"Books\"]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        try (Clients clients = new Clients(); SigningClients signing = new SigningClients(clients)) {
            URI endpoint = URI.create("http://127.0.0.1:" + backend.getAddress().getPort());
            DynamoDbClient first = signing.forHarness(endpoint, "us-east-1", "FIRST", "one");
            DynamoDbClient second = signing.direct(endpoint, Region.US_EAST_1,
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("SECOND", "two")));
            DynamoDbClient third = signing.forHarness(endpoint, "us-east-1", "THIRD", "three");

            first.listTables();
            second.listTables(list -> list.limit(5));
            third.listTablesPaginator().tableNames().forEach(name -> { });
            assertThat(first.waiter().waitUntilTableExists(describe -> describe.tableName("Books")).matched().response())
                    .map(response -> response.table().tableStatus()).as("what the first namespace's waiter saw").hasValue(TableStatus.ACTIVE);
            first.close();
            third.listTables(list -> list.overrideConfiguration(override -> override.apiCallTimeout(Duration.ofSeconds(9))));

            assertThat(signedBy).as("who signed each request, and what it was").containsExactly(
                    "FIRST ListTables", "SECOND ListTables", "THIRD ListTables", "FIRST DescribeTable", "THIRD ListTables");
            assertThat(first).as("a namespace's client, to itself").isEqualTo(first).isNotEqualTo(third);
        } finally {
            backend.stop(0);
        }
    }
}
