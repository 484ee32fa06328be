package lab.learner;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Learner calls in this JVM, each on a daemon thread of its own and bounded in time. A call past its limit is
 * interrupted and abandoned: this JVM cannot stop a thread that ignores interruption, which is why the learner's
 * code runs in a learner JVM unless a debugger needs it here.
 */
final class BoundedCalls implements AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "learner-code-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Duration limit;

    BoundedCalls(Duration limit) {
        this.limit = limit;
    }

    /** The call's answer; what it threw, as it is; or {@link LearnerCallFailed} when it overran or was interrupted. */
    <T> T call(Callable<T> body) throws Throwable {
        Future<T> answer = pool.submit(body);
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
            answer.cancel(true);
            throw new LearnerCallFailed(LearnerCallFailed.Why.OVERRAN, "did not return within " + CallLimit.seconds(limit) + " s");
        } catch (ExecutionException failed) {
            throw failed.getCause();
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LearnerCallFailed(LearnerCallFailed.Why.INTERRUPTED, "was interrupted");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
