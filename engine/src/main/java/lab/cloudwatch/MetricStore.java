package lab.cloudwatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The metrics one store published, as CloudWatch keeps them: each metric's samples, as they came. Everything is
 * published by the lab endpoint as it answers requests, and read by the CloudWatch operations it serves.
 *
 * <p>Some metrics are settings rather than events (a table's provisioned capacity): the service publishes them every
 * few minutes for as long as they hold. Those are kept as {@linkplain #setting settings}, each change with its moment,
 * and read as the service would have published them up to the store's present: a sample at each change, and one at
 * each interval's start while the setting holds.
 */
public final class MetricStore {

    /** One change of a setting: its value from {@code at} on; null: no longer published. */
    private record Change(Instant at, Double value) {
    }

    /** One setting's history: its changes, in order, its unit and interval. */
    private record Setting(List<Change> changes, String unit, Duration every) {
    }

    /** A value a setting held, from {@code from} (inclusive) until {@code until} (exclusive), in epoch milliseconds. */
    private record Held(long from, long until, double value) {
    }

    private final Map<Metric, List<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<Metric, Setting> settings = new ConcurrentHashMap<>();
    private final Supplier<Instant> now;

    /** A store whose present is {@code now}: settings are published up to it, never beyond. */
    public MetricStore(Supplier<Instant> now) {
        this.now = now;
    }

    /** Publishes {@code value} for {@code metric} at {@code at}. */
    public void put(Metric metric, Instant at, double value, String unit) {
        List<Sample> list = samples.computeIfAbsent(metric, first -> new ArrayList<>());
        synchronized (list) {
            list.add(new Sample(at, value, unit));
        }
    }

    /**
     * From {@code at} on, {@code metric} is {@code value}, published every {@code every} until it changes; a null
     * value ends its publishing (the table went on demand, or was deleted). Setting the value it already has changes
     * nothing.
     */
    public void setting(Metric metric, Instant at, Double value, String unit, Duration every) {
        Setting setting = settings.computeIfAbsent(metric, first -> new Setting(new ArrayList<>(), unit, every));
        synchronized (setting.changes()) {
            List<Change> changes = setting.changes();
            Double last = changes.isEmpty() ? null : changes.get(changes.size() - 1).value();
            if (java.util.Objects.equals(last, value)) {
                return;
            }
            changes.add(new Change(at, value));
        }
    }

    /** The metrics whose settings are for {@code dimension}'s value, whichever their other dimensions: for ending them. */
    public List<Metric> settingsWith(Dimension dimension) {
        return settings.keySet().stream().filter(metric -> metric.dimensions().contains(dimension)).toList();
    }

    /** Every metric that has a sample, in the order ListMetrics gives them: by name, then by dimensions. */
    public List<Metric> metrics() {
        Stream<Metric> published = settings.entrySet().stream()
                .filter(setting -> lastPublished(setting.getValue()) != null).map(Map.Entry::getKey);
        return Stream.concat(samples.keySet().stream(), published).distinct()
                .sorted(Comparator.comparing(Metric::namespace).thenComparing(Metric::name)
                        .thenComparing(metric -> metric.dimensions().toString()))
                .toList();
    }

    /** The samples of {@code metric} from {@code start} (inclusive) to {@code end} (exclusive). */
    public List<Sample> samples(Metric metric, Instant start, Instant end) {
        List<Sample> list = samples.get(metric);
        Setting setting = settings.get(metric);
        List<Sample> all = new ArrayList<>();
        if (list != null) {
            synchronized (list) {
                all.addAll(list);
            }
        }
        if (setting != null) {
            all.addAll(published(setting, start, end));
        }
        return all.stream().filter(sample -> !sample.at().isBefore(start) && sample.at().isBefore(end))
                .sorted(Comparator.comparing(Sample::at)).toList();
    }

    /** When {@code metric} was last published, or null if never. */
    public Instant lastPublished(Metric metric) {
        Instant last = null;
        List<Sample> list = samples.get(metric);
        if (list != null) {
            synchronized (list) {
                last = list.stream().map(Sample::at).max(Instant::compareTo).orElse(null);
            }
        }
        Setting setting = settings.get(metric);
        Instant fromSetting = setting == null ? null : lastPublished(setting);
        return last == null || fromSetting != null && fromSetting.isAfter(last) ? fromSetting : last;
    }

    /** When a setting was last published, up to the store's present: its last interval while it holds; null if never. */
    private Instant lastPublished(Setting setting) {
        List<Held> held = held(setting);
        if (held.isEmpty()) {
            return null;
        }
        Held last = held.get(held.size() - 1);
        long every = setting.every().toMillis();
        return Instant.ofEpochMilli(Math.max(last.from(), Math.floorDiv(last.until() - 1, every) * every));
    }

    /**
     * A setting's samples from {@code start} (inclusive) to {@code end} (exclusive), as the service publishes them up to
     * the store's present: one at each change, one at each interval's start while it holds.
     */
    private List<Sample> published(Setting setting, Instant start, Instant end) {
        List<Sample> published = new ArrayList<>();
        long every = setting.every().toMillis();
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        for (Held held : held(setting)) {
            if (held.from() >= from && held.from() < to) {
                published.add(new Sample(Instant.ofEpochMilli(held.from()), held.value(), setting.unit()));
            }
            long first = Math.floorDiv(Math.max(held.from(), from - 1), every) * every + every;
            for (long at = first; at < Math.min(held.until(), to); at += every) {
                published.add(new Sample(Instant.ofEpochMilli(at), held.value(), setting.unit()));
            }
        }
        published.sort(Comparator.comparing(Sample::at));
        return published;
    }

    /** The values a setting held, each while it held, up to the store's present (inclusive); never one set later. */
    private List<Held> held(Setting setting) {
        List<Change> changes;
        synchronized (setting.changes()) {
            changes = List.copyOf(setting.changes());
        }
        long present = now.get().toEpochMilli();
        List<Held> held = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            long from = change.at().toEpochMilli();
            if (change.value() == null || from > present) {
                continue;
            }
            long until = i + 1 < changes.size() ? Math.min(changes.get(i + 1).at().toEpochMilli(), present + 1) : present + 1;
            held.add(new Held(from, until, change.value()));
        }
        return held;
    }
}
