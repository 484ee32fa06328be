package lab.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a scenario asks the lab endpoint to inject into its learner's calls. A fault never loses data on its
 * own: books held back from a batch write are exactly those handed back unprocessed, and a throttled attempt never
 * reaches the store, so whatever the learner's code (or the SDK) sends again is written once.
 */
public final class Faults {

    /** A count of attempts that means "every one". */
    public static final int EVERY = Integer.MAX_VALUE;

    private final AtomicInteger batchWritesToCut = new AtomicInteger();
    private final AtomicInteger readsToThrottle = new AtomicInteger();
    private final AtomicInteger writesToThrottle = new AtomicInteger();

    /** The next {@code times} batch writes of two books or more each write only part of their books and hand the rest back. */
    public void handBackPartOfBatchWrites(int times) {
        batchWritesToCut.set(times);
    }

    /** The next {@code times} attempts to read items are refused with ProvisionedThroughputExceededException. */
    public void throttleReads(int times) {
        readsToThrottle.set(times);
    }

    /** The next {@code times} attempts to write items are refused with ProvisionedThroughputExceededException. */
    public void throttleWrites(int times) {
        writesToThrottle.set(times);
    }

    /** Whether this batch write is one to cut; counts it. */
    public boolean cutThisBatchWrite() {
        return takeOne(batchWritesToCut);
    }

    /** Whether this attempt is one to refuse as throttled; counts it. */
    public boolean throttleThisAttempt(Call.Access access) {
        return switch (access) {
            case KEY, QUERY, SCAN -> takeOne(readsToThrottle);
            case WRITE -> takeOne(writesToThrottle);
            case OTHER -> false;
        };
    }

    private static boolean takeOne(AtomicInteger remaining) {
        return remaining.getAndUpdate(left -> left == EVERY || left == 0 ? left : left - 1) > 0;
    }
}
