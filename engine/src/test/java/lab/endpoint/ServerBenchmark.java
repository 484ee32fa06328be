package lab.endpoint;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lab.run.LabRun;
import lab.run.RequestTimes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The endpoint's own HTTP/1.1 server against maintained ones: {@code java … lab.endpoint.ServerBenchmark [REQUESTS]}
 * reads one item by its key {@code REQUESTS} times straight from DynamoDB Local and as many times through each of
 * three servers that pass the request on untouched over the endpoint's backend connections: the endpoint's own
 * ({@link LoopbackServer}), Jetty's and Netty's ({@link LibraryServers}). The ways alternate in rounds so that all see
 * the same machine; one line of JSON gives each way's median in microseconds and the CPU time this JVM spent per
 * request (on a loaded machine, CPU is what a hop costs the others), and each server's start, cold, in milliseconds.
 */
public final class ServerBenchmark {

    private static final int ROUNDS = 10;
    private static final String TABLE = "ServerBenchmark";

    private ServerBenchmark() {
    }

    public static void main(String[] args) {
        RequestTimes.main("server benchmark", args, (run, namespace, requests) -> measure(namespace.backendClient(), requests));
    }

    private static String measure(DynamoDbClient direct, int requests) throws Exception {
        direct.createTable(create -> create.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key -> key.attributeName("Id").keyType(KeyType.HASH))
                .attributeDefinitions(attribute -> attribute.attributeName("Id").attributeType(ScalarAttributeType.S)));
        direct.putItem(put -> put.tableName(TABLE).item(Map.of("Id", AttributeValue.fromS("one"),
                "Title", AttributeValue.fromS("The Firm"))));
        URI backend = direct.serviceClientConfiguration().endpointOverride().orElseThrow();
        IdentityProvider<? extends AwsCredentialsIdentity> credentials = direct.serviceClientConfiguration().credentialsProvider();
        Region region = direct.serviceClientConfiguration().region();
        Map<String, List<Long>> micros = new LinkedHashMap<>();
        Map<String, Long> cpu = new HashMap<>();
        Map<String, Long> startMillis = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (BackendConnections connections = new BackendConnections(backend);
             LoopbackServer own = started(startMillis, "own", start, LoopbackServer.start("bench-own", forwarding(connections)));
             LibraryServers.Running jetty = started(startMillis, "jetty", System.nanoTime(),
                     LibraryServers.jetty(forwarding(connections)));
             LibraryServers.Running netty = started(startMillis, "netty", System.nanoTime(),
                     LibraryServers.netty(forwarding(connections)))) {
            Map<String, DynamoDbClient> ways = new LinkedHashMap<>();
            ways.put("direct", direct);
            ways.put("own", client(URI.create("http://127.0.0.1:" + own.address().getPort()), credentials, region));
            ways.put("jetty", client(jetty.uri(), credentials, region));
            ways.put("netty", client(netty.uri(), credentials, region));
            for (DynamoDbClient client : ways.values()) {
                time(client, requests / ROUNDS, new ArrayList<>());
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, DynamoDbClient> way : ways.entrySet()) {
                    cpu.merge(way.getKey(), time(way.getValue(), requests / ROUNDS,
                            micros.computeIfAbsent(way.getKey(), name -> new ArrayList<>())), Long::sum);
                }
            }
            ways.forEach((name, client) -> {
                if (client != direct) {
                    client.close();
                }
            });
        }
        StringBuilder json = new StringBuilder("{\"server_requests\": " + micros.get("direct").size());
        for (String way : micros.keySet()) {
            json.append(String.format(Locale.ROOT, ", \"server_%s_median_us\": %d, \"server_%s_cpu_us\": %d", way,
                    RequestTimes.median(micros.get(way)), way, cpu.get(way) / micros.get(way).size() / 1000));
        }
        startMillis.forEach((way, millis) -> json.append(String.format(Locale.ROOT, ", \"server_%s_start_ms\": %d", way, millis)));
        return json.append('}').toString();
    }

    /** {@code server}, its start's milliseconds since {@code since} kept under {@code name}: the first in this JVM, cold. */
    private static <T> T started(Map<String, Long> startMillis, String name, long since, T server) {
        startMillis.put(name, (System.nanoTime() - since) / 1_000_000);
        return server;
    }

    /** The handler every server gets: the request passed on to the backend untouched, and its answer back. */
    private static LoopbackServer.Handler forwarding(BackendConnections connections) {
        return request -> {
            Map<String, String> headers = new LinkedHashMap<>(request.head().headers());
            headers.remove("host");
            headers.remove("content-length");
            headers.remove("connection");
            BackendConnections.Answer answer = connections.post(headers, request.body());
            Map<String, String> back = new LinkedHashMap<>();
            for (String name : List.of("content-type", "x-amzn-requestid", "x-amz-crc32")) {
                String value = answer.head().header(name);
                if (value != null) {
                    back.put(name, value);
                }
            }
            return new LoopbackServer.Answer(answer.status(), back, answer.body());
        };
    }

    private static DynamoDbClient client(URI endpoint, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
                                         Region region) {
        return DynamoDbClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(region)
                .httpClient(UrlConnectionHttpClient.builder().build()).build();
    }

    private static long time(DynamoDbClient client, int count, List<Long> micros) {
        return RequestTimes.time(() -> client.getItem(get -> get.tableName(TABLE)
                .key(Map.of("Id", AttributeValue.fromS("one")))), count, micros);
    }
}
