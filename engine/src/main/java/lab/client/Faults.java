package lab.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a scenario asks the lab endpoint to inject into its learner's calls. A fault never loses data on its
 * own: books held back from a batch write are exactly those handed back unprocessed, and a throttled or failed attempt
 * never reaches the store, so whatever the learner's code (or the SDK) sends again is written once.
 */
public final class Faults {

    /** A count of attempts that means "every one". */
    public static final int EVERY = Integer.MAX_VALUE;

    private final AtomicInteger batchWritesToCut = new AtomicInteger();
    private final AtomicInteger readsToThrottle = new AtomicInteger();
    private final AtomicInteger writesToThrottle = new AtomicInteger();
    private final AtomicInteger readsToFail = new AtomicInteger();
    private final AtomicInteger writesToFail = new AtomicInteger();
    private volatile int metricPage;
    private final AtomicInteger metricTokensNotSentBack = new AtomicInteger();

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

    /**
     * The next {@code times} attempts to read items fail with the service's own error, HTTP 500 InternalServerError,
     * before they reach the store (the SDK retries them).
     */
    public void failReads(int times) {
        readsToFail.set(times);
    }

    /** The next {@code times} attempts to write items fail with HTTP 500 InternalServerError, before they reach the store. */
    public void failWrites(int times) {
        writesToFail.set(times);
    }

    /**
     * From now on, a page of GetMetricData holds at most {@code datapoints}, the rest coming with its NextToken, as
     * the service may answer when it is busy (each result's StatusCode PartialData); 0 for pages as large as asked.
     */
    public void answerMetricsInPagesOf(int datapoints) {
        metricPage = datapoints;
    }

    /** The most datapoints a page of GetMetricData holds now, or 0 for as many as the request asks. */
    public int metricPage() {
        return metricPage;
    }

    /**
     * Tells of a GetMetricData answered: {@code askedWithToken} if its request carried a NextToken, {@code cut} if its
     * answer did.
     */
    public void metricDataAnswered(boolean askedWithToken, boolean cut) {
        metricTokensNotSentBack.addAndGet((cut ? 1 : 0) - (askedWithToken ? 1 : 0));
    }

    /** How many NextTokens GetMetricData answered that no request has carried back yet. */
    public int metricTokensNotSentBack() {
        return Math.max(0, metricTokensNotSentBack.get());
    }

    /** Whether this attempt is one to fail as the service's own error; counts it. */
    public boolean failThisAttempt(Call.Access access) {
        return takeOne(access, readsToFail, writesToFail);
    }

    /** Whether this batch write is one to cut; counts it. */
    public boolean cutThisBatchWrite() {
        return takeOne(batchWritesToCut);
    }

    /** Whether this attempt is one to refuse as throttled; counts it. */
    public boolean throttleThisAttempt(Call.Access access) {
        return takeOne(access, readsToThrottle, writesToThrottle);
    }

    /** Takes one of {@code reads} for an attempt to read items, of {@code writes} for one to write them. */
    private static boolean takeOne(Call.Access access, AtomicInteger reads, AtomicInteger writes) {
        return switch (access) {
            case KEY, QUERY, SCAN -> takeOne(reads);
            case WRITE -> takeOne(writes);
            case OTHER -> false;
        };
    }

    private static boolean takeOne(AtomicInteger remaining) {
        return remaining.getAndUpdate(left -> left == EVERY || left == 0 ? left : left - 1) > 0;
    }
}
