package lab.endpoint;

import java.time.Duration;
import java.time.Instant;

/**
 * When a change the lab shows under way (a table CREATING or UPDATING, a restore) is over: so long after it on this
 * machine's clock, or on the store's clock, whichever comes first. A scenario that moves the store's clock on (a day
 * later, ...) finds the change long over, as on the service; one that does not waits no longer than the machine's time.
 *
 * @param machineNanos when it is over on {@link System#nanoTime()}
 * @param storeTime    when it is over on the store's clock
 */
public record Settles(long machineNanos, Instant storeTime) {

    /** Over {@code after} from now, on either clock. */
    public static Settles after(Duration after, LabClock clock) {
        return new Settles(System.nanoTime() + after.toNanos(), clock.now().plus(after));
    }

    /** Not over until told otherwise. */
    public static Settles never() {
        return new Settles(Long.MAX_VALUE, Instant.MAX);
    }

    public boolean over(LabClock clock) {
        return (machineNanos != Long.MAX_VALUE && System.nanoTime() - machineNanos >= 0) || !clock.now().isBefore(storeTime);
    }
}
