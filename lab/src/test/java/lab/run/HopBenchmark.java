package lab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the lab endpoint's hop costs a request: {@code java … lab.run.HopBenchmark [REQUESTS]} reads one book by its
 * key {@code REQUESTS} times straight from DynamoDB Local and as many times through the endpoint (as the learner's
 * client does: recorded, capacity asked for on its behalf and taken out again) and as the harness does (passed on
 * untouched), alternating in rounds so that all see the same machine, and prints one line of medians in microseconds,
 * with the CPU time this JVM spent per request on each way (on a loaded machine, CPU is what a hop costs the others).
 */
public final class HopBenchmark {

    private static final int ROUNDS = 10;

    private HopBenchmark() {
    }

    public static void main(String[] args) {
        RequestTimes.main("hop benchmark", args, HopBenchmark::measure);
    }

    private static String measure(LabRun run, LabNamespace namespace, int requests) {
        try (DynamoDbClient harness = run.harnessClient(namespace);
             DynamoDbClient learner = run.learnerClient(namespace)) {
            Fixtures fixtures = new Fixtures(harness);
            fixtures.createBooksTable();
            fixtures.put(Library.FIVE_BOOKS);
            Consumer<DynamoDbClient> read = client -> client.getItem(get -> get.tableName(Fixtures.BOOKS)
                    .key(java.util.Map.of("Author", AttributeValue.fromS("John Grisham"),
                            "Title", AttributeValue.fromS("The Firm"))));
            List<Long> direct = new ArrayList<>();
            List<Long> throughEndpoint = new ArrayList<>();
            List<Long> harnessThroughEndpoint = new ArrayList<>();
            long[] cpu = new long[3];
            time(namespace.backendClient(), read, requests / ROUNDS, new ArrayList<>());
            time(learner, read, requests / ROUNDS, new ArrayList<>());
            for (int round = 0; round < ROUNDS; round++) {
                cpu[0] += time(namespace.backendClient(), read, requests / ROUNDS, direct);
                cpu[1] += time(learner, read, requests / ROUNDS, throughEndpoint);
                cpu[2] += time(harness, read, requests / ROUNDS, harnessThroughEndpoint);
            }
            long directUs = RequestTimes.median(direct);
            long endpointUs = RequestTimes.median(throughEndpoint);
            int made = direct.size();
            return String.format(Locale.ROOT,
                    "{\"hop_requests\": %d, \"hop_direct_median_us\": %d, \"hop_endpoint_median_us\": %d, "
                            + "\"hop_cost_us\": %d, \"hop_unrecorded_median_us\": %d, \"hop_direct_cpu_us\": %d, "
                            + "\"hop_endpoint_cpu_us\": %d, \"hop_unrecorded_cpu_us\": %d}", made, directUs,
                    endpointUs, endpointUs - directUs, RequestTimes.median(harnessThroughEndpoint), cpu[0] / made / 1000,
                    cpu[1] / made / 1000, cpu[2] / made / 1000);
        }
    }

    private static long time(DynamoDbClient client, Consumer<DynamoDbClient> read, int count, List<Long> micros) {
        return RequestTimes.time(() -> read.accept(client), count, micros);
    }
}
