package lab.cloudwatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metrics one store published, as CloudWatch keeps them: each metric's samples, as they came. Everything is
 * published by the lab endpoint as it answers requests, and read by the CloudWatch operations it serves.
 */
public final class MetricStore {

    private final Map<Metric, List<Sample>> samples = new ConcurrentHashMap<>();

    /** Publishes {@code value} for {@code metric} at {@code at}. */
    public void put(Metric metric, Instant at, double value, String unit) {
        List<Sample> list = samples.computeIfAbsent(metric, first -> new ArrayList<>());
        synchronized (list) {
            list.add(new Sample(at, value, unit));
        }
    }

    /** Every metric that has a sample, in the order ListMetrics gives them: by name, then by dimensions. */
    public List<Metric> metrics() {
        return samples.keySet().stream()
                .sorted(java.util.Comparator.comparing(Metric::namespace).thenComparing(Metric::name)
                        .thenComparing(metric -> metric.dimensions().toString()))
                .toList();
    }

    /** The samples of {@code metric} from {@code start} (inclusive) to {@code end} (exclusive). */
    public List<Sample> samples(Metric metric, Instant start, Instant end) {
        List<Sample> list = samples.get(metric);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return list.stream().filter(sample -> !sample.at().isBefore(start) && sample.at().isBefore(end)).toList();
        }
    }

    /** When {@code metric} was last published, or null if never. */
    public Instant lastPublished(Metric metric) {
        List<Sample> list = samples.get(metric);
        if (list == null) {
            return null;
        }
        synchronized (list) {
            return list.stream().map(Sample::at).max(Instant::compareTo).orElse(null);
        }
    }
}
