package lab.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import lab.endpoint.LabNamespace;

/** What the request benchmarks measure a request by: its wall time, and the CPU time the whole JVM spent on it. */
public final class RequestTimes {

    private RequestTimes() {
    }

    /** What a benchmark measures on a namespace of the lab's run: one line of JSON, from so many requests. */
    public interface Measure {
        String on(LabRun run, LabNamespace namespace, int requests) throws Exception;
    }

    /**
     * A request benchmark's main: {@code args[0]} requests (2000 by default) measured on a fresh namespace of the lab's
     * run, and its line printed (or why it failed, in one line); then the JVM ends, explicitly, since DynamoDB Local
     * leaves non-daemon threads behind.
     */
    public static void main(String benchmark, String[] args, Measure measure) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int status = 0;
        try {
            LabRun run = LabRun.current();
            LabNamespace namespace = run.openNamespace();
            try {
                System.out.println(measure.on(run, namespace, requests));
            } finally {
                run.closeNamespace(namespace);
            }
        } catch (Exception failed) {
            System.out.println(benchmark + " failed: " + failed.getMessage());
            status = 2;
        } finally {
            LabRun.stop();
        }
        System.exit(status);
    }

    /** Times {@code count} runs of {@code request} into {@code micros}; returns the CPU time the JVM spent, in ns. */
    public static long time(Runnable request, int count, List<Long> micros) {
        long cpuBefore = processCpuNanos();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            request.run();
            micros.add((System.nanoTime() - start) / 1000);
        }
        return processCpuNanos() - cpuBefore;
    }

    /** CPU time of every thread of this JVM (client, endpoint and the embedded DynamoDB Local alike). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
