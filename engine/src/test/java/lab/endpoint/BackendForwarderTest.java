package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import lab.backend.Namespace;
import lab.backend.StandInBackend;
import org.junit.jupiter.api.Test;

/**
 * A backend that refuses a request as an operation it does not know while another DynamoDB Local starts in its JVM
 * ({@code InvalidAction}) gets the request again; one that does not know the operation is told once.
 */
class BackendForwarderTest {

    private static final byte[] INVALID_ACTION = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InvalidAction\","
            + "\"Message\":\"The action or operation requested is invalid. Verify that the action is typed correctly.\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNKNOWN_OPERATION = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnknownOperationException\","
            + "\"Message\":\"An unknown operation was requested.\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void aRequestRefusedAsAnInvalidActionIsSentAgainAndOneOfAnUnknownOperationIsNot() throws Exception {
        AtomicInteger listTables = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        try (LoopbackServer backend = LoopbackServer.start("backend", request -> {
            String target = request.header("X-Amz-Target");
            if (target.endsWith(".ListTables")) {
                return listTables.incrementAndGet() < 3 ? new LoopbackServer.Answer(400, Map.of(), INVALID_ACTION)
                        : new LoopbackServer.Answer(200, Map.of(), "{\"TableNames\":[]}".getBytes(StandardCharsets.UTF_8));
            }
            unknown.incrementAndGet();
            return new LoopbackServer.Answer(400, Map.of(), UNKNOWN_OPERATION);
        });
             BackendForwarder forwarder = new BackendForwarder(new StandInBackend(URI.create("http://127.0.0.1:" + backend.address().getPort())))) {
            Namespace namespace = Namespace.isolated("forwarded");

            WireAnswer listed = forwarder.forward(namespace, "us-east-1", "ListTables", "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(listed.status()).as("the status of a ListTables refused twice as an InvalidAction").isEqualTo(200);
            assertThat(listTables).as("ListTables sent").hasValue(3);

            WireAnswer refused = forwarder.forward(namespace, "us-east-1", "Shelve", "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).as("the status of an operation the backend does not know").isEqualTo(400);
            assertThat(unknown).as("that operation sent").hasValue(1);
        }
    }
}
