package lab.run;

import java.util.ArrayList;
import java.util.Collections;
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
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int status = 0;
        try {
            LabRun run = LabRun.current();
            LabNamespace namespace = run.openNamespace();
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
                long directUs = median(direct);
                long endpointUs = median(throughEndpoint);
                int made = direct.size();
                System.out.println(String.format(Locale.ROOT,
                        "{\"hop_requests\": %d, \"hop_direct_median_us\": %d, \"hop_endpoint_median_us\": %d, "
                                + "\"hop_cost_us\": %d, \"hop_unrecorded_median_us\": %d, \"hop_direct_cpu_us\": %d, "
                                + "\"hop_endpoint_cpu_us\": %d, \"hop_unrecorded_cpu_us\": %d}", made, directUs,
                        endpointUs, endpointUs - directUs, median(harnessThroughEndpoint), cpu[0] / made / 1000,
                        cpu[1] / made / 1000, cpu[2] / made / 1000));
            } finally {
                run.closeNamespace(namespace);
            }
        } catch (RuntimeException failed) {
            System.out.println("hop benchmark failed: " + failed.getMessage());
            status = 2;
        } finally {
            LabRun.stop();
        }
        // DynamoDB Local leaves non-daemon threads behind: this JVM ends here, explicitly.
        System.exit(status);
    }

    /** Times {@code count} reads into {@code micros}; returns the CPU time the whole JVM spent on them, in ns. */
    private static long time(DynamoDbClient client, Consumer<DynamoDbClient> read, int count, List<Long> micros) {
        long cpuBefore = processCpuNanos();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            read.accept(client);
            micros.add((System.nanoTime() - start) / 1000);
        }
        return processCpuNanos() - cpuBefore;
    }

    /** CPU time of every thread of this JVM (client, endpoint and the embedded DynamoDB Local alike). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
