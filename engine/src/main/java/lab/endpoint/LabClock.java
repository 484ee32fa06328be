package lab.endpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store's clock as the lab endpoint keeps it for one scenario: it runs with this machine's clock, from wherever a
 * step set it ("at 09:40 ..."), so that what depends on time (point-in-time recovery, the limit on capacity-mode
 * switches) is taught without waiting.
 */
public final class LabClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    /** From now on the clock reads {@code moment}, and runs on from there. */
    public void set(Instant moment) {
        offset.set(Duration.between(Instant.now(), moment));
    }

    /** Moves the clock forward (or back) by {@code duration}. */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }
}
