package lab.watch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.core.gherkin.Pickle;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;

/**
 * The order a rerun starts its scenarios in: the one that took longest last time first, and one never run before
 * any of them. A rerun on a few threads then ends about when its longest scenario does, where in the feature's order
 * a long scenario that happens to start last makes the whole rerun wait for it alone.
 */
final class LongestFirst implements ConcurrentEventListener {

    /** Each scenario's last duration in nanoseconds, by where it is (its feature file and line). */
    private final Map<String, Long> lasted = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, finished -> {
            TestCase scenario = finished.getTestCase();
            lasted.put(place(scenario.getUri().toString(), scenario.getLocation().getLine()),
                    finished.getResult().getDuration().toNanos());
        });
    }

    /** These scenarios, longest first by their last run; those never run first of all, in their own order. */
    List<Pickle> sorted(List<Pickle> pickles) {
        Comparator<Pickle> longestFirst = Comparator.comparingLong(pickle -> -lasted.getOrDefault(
                place(pickle.getUri().toString(), pickle.getLocation().getLine()), Long.MAX_VALUE));
        return pickles.stream().sorted(longestFirst).toList();
    }

    private static String place(String uri, long line) {
        return uri + ":" + line;
    }
}
