package lab.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;


/**
 * Namespaces ({@code N}: the lab endpoint's, or a test's stand-in) made ready ahead of the scenarios that will start
 * from them. Each run counts how many scenarios asked for each {@link Preparation}; {@link #refill()} (watch mode calls
 * it once a rerun is drawn) prepares as many again on two background threads, while the learner edits, and
 * {@link #pause()} (the next save) stops what has not started. A scenario takes a ready namespace when there is one
 * (nobody else has ever seen it), else it builds its own as before.
 */
final class ReadyNamespaces<N> implements AutoCloseable {

    /** Threads that prepare: as many as the scenarios' own parallelism gains on a small machine. */
    private static final int WORKERS = 2;

    private final Supplier<N> open;
    private final Consumer<N> close;
    private final PrepareIn<N> prepareIn;
    private final Map<String, Preparation> known = new LinkedHashMap<>();
    private final Map<String, Integer> asked = new HashMap<>();
    private final Map<String, Deque<N>> ready = new HashMap<>();
    private ExecutorService workers;
    private long round;
    private boolean closed;

    /** How a preparation is made in a namespace. */
    interface PrepareIn<N> {
        void prepare(N namespace, Preparation preparation);
    }

    ReadyNamespaces(Supplier<N> open, Consumer<N> close, PrepareIn<N> prepareIn) {
        this.open = open;
        this.close = close;
        this.prepareIn = prepareIn;
    }

    /** A namespace prepared ahead, if one is ready; counts the ask either way. */
    synchronized Optional<N> take(Preparation preparation) {
        known.putIfAbsent(preparation.name(), preparation);
        asked.merge(preparation.name(), 1, Integer::sum);
        return Optional.ofNullable(ready.getOrDefault(preparation.name(), new ArrayDeque<>()).pollFirst());
    }

    /** How many namespaces of each preparation were asked for since the last refill. */
    synchronized Map<Preparation, Integer> asked() {
        Map<Preparation, Integer> counted = new LinkedHashMap<>();
        asked.forEach((name, count) -> counted.put(known.get(name), count));
        return counted;
    }

    /** Counts these asks as if made here: the next refill prepares for them (a renewed store's, for the last one's). */
    synchronized void askedAlready(Map<Preparation, Integer> counted) {
        counted.forEach((preparation, count) -> {
            known.putIfAbsent(preparation.name(), preparation);
            asked.merge(preparation.name(), count, Integer::sum);
        });
    }

    /** Prepares, in the background, as many namespaces of each preparation as were asked for since the last refill. */
    synchronized void refill() {
        if (closed) {
            return;
        }
        round++;
        if (workers == null) {
            workers = Executors.newFixedThreadPool(WORKERS, task -> {
                Thread worker = new Thread(task, "lab-prepares-ahead");
                worker.setDaemon(true);
                return worker;
            });
        }
        for (Map.Entry<String, Integer> wanted : asked.entrySet()) {
            int missing = wanted.getValue() - ready.getOrDefault(wanted.getKey(), new ArrayDeque<>()).size();
            Preparation preparation = known.get(wanted.getKey());
            long thisRound = round;
            for (int i = 0; i < missing; i++) {
                workers.execute(() -> prepareOne(preparation, thisRound));
            }
        }
        asked.clear();
    }

    /** A save came: what has not started preparing yet waits for the next refill. */
    synchronized void pause() {
        round++;
    }

    private void prepareOne(Preparation preparation, long inRound) {
        synchronized (this) {
            if (closed || round != inRound) {
                return;
            }
        }
        N namespace = open.get();
        try {
            prepareIn.prepare(namespace, preparation);
        } catch (RuntimeException failed) {
            // A scenario that asks for it then prepares its own, and meets what went wrong in its own steps.
            close.accept(namespace);
            return;
        }
        synchronized (this) {
            if (!closed) {
                ready.computeIfAbsent(preparation.name(), name -> new ArrayDeque<>()).addLast(namespace);
                return;
            }
        }
        close.accept(namespace);
    }

    /** Stops preparing and closes every namespace still ready. */
    @Override
    public void close() {
        List<N> unused;
        ExecutorService stopping;
        synchronized (this) {
            closed = true;
            unused = ready.values().stream().flatMap(Deque::stream).toList();
            ready.clear();
            stopping = workers;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            unused = new ArrayList<>(unused);
            unused.addAll(ready.values().stream().flatMap(Deque::stream).toList());
            ready.clear();
        }
        unused.forEach(close);
    }
}
