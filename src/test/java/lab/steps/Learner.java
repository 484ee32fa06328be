package lab.steps;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import bookstore.BookNotFoundException;
import lab.backend.KataConfigurationException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Every call into the learner's code goes through here: it is bounded in time, and whatever goes wrong in it
 * becomes a {@link LabFailure} whose message names the method, rather than a stack trace.
 */
public final class Learner {

    /** The property that sets how many seconds a learner method may take. */
    public static final String TIMEOUT_PROPERTY = "kata.timeout";

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "learner-code-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** A piece of learner code with no answer. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** What a learner method did when the scenario expected it might refuse: nothing (null) or what it threw. */
    public record Attempt(String method, Throwable thrown) {

        /** For an attempt a step expected to succeed: what it threw fails the step, as {@link #call} would have. */
        public void mustHaveSucceeded() {
            if (thrown != null) {
                throw threw(method, thrown);
            }
        }
    }

    private final Duration limit;

    /** Bounded by {@code -Dkata.timeout=SECONDS}, 30 seconds unless set. */
    public Learner() {
        this(configuredLimit());
    }

    Learner(Duration limit) {
        this.limit = limit;
    }

    /** The limit {@code -Dkata.timeout} sets; a value that is not a positive whole number is refused in one line. */
    public static Duration configuredLimit() {
        String seconds = System.getProperty(TIMEOUT_PROPERTY, "30").trim();
        if (!seconds.matches("[1-9][0-9]{0,5}")) {
            throw new KataConfigurationException("-D" + TIMEOUT_PROPERTY + " is the seconds a learner method may take, "
                    + "a whole number such as 60, not '" + seconds + "'");
        }
        return Duration.ofSeconds(Long.parseLong(seconds));
    }

    /** Calls the method; anything it throws fails the step. */
    public <T> T call(String method, Callable<T> body) {
        try {
            return bounded(method, body);
        } catch (LabFailure failure) {
            throw failure;
        } catch (Throwable thrown) {
            throw threw(method, thrown);
        }
    }

    public void run(String method, Action body) {
        call(method, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Calls a method that the scenario expects may refuse: a refusal from the service or the lab's own
     * {@link BookNotFoundException} is captured for a later step to judge. A stub, a hang or a bug still fails here.
     */
    public Attempt attempt(String method, Action body) {
        try {
            bounded(method, () -> {
                body.run();
                return null;
            });
            return new Attempt(method, null);
        } catch (LabFailure failure) {
            throw failure;
        } catch (DynamoDbException | BookNotFoundException refusal) {
            return new Attempt(method, refusal);
        } catch (Throwable thrown) {
            throw threw(method, thrown);
        }
    }

    private <T> T bounded(String method, Callable<T> body) throws Throwable {
        Future<T> answer = POOL.submit(body);
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
            answer.cancel(true);
            throw new LabFailure(method + " did not return within " + seconds(limit) + " s. Is it waiting for a table "
                    + "or index that never becomes ACTIVE, retrying without end, or following pages that never end? "
                    + "(-Dkata.timeout=SECONDS changes the limit)", null);
        } catch (ExecutionException failed) {
            Throwable thrown = failed.getCause();
            if (thrown instanceof UnsupportedOperationException stub && stub.getMessage() != null
                    && stub.getMessage().contains(" — exercise ")) {
                throw new NotImplemented(stub);
            }
            throw thrown;
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LabFailure(method + " was interrupted", null);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? String.valueOf(duration.toSeconds())
                : String.valueOf(duration.toMillis() / 1000.0);
    }

    private static LabFailure threw(String method, Throwable thrown) {
        if (thrown instanceof AssertionError && !(thrown instanceof LabFailure)) {
            // A lab expectation checked inside the learner's call: it speaks for itself.
            return new LabFailure(thrown.getMessage(), thrown);
        }
        StackTraceElement where = firstLearnerFrame(thrown);
        return new LabFailure(method + " threw " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage()
                + (where == null ? "" : " (at " + where.getFileName() + ":" + where.getLineNumber() + ")"), thrown);
    }

    private static StackTraceElement firstLearnerFrame(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("bookstore.")) {
                return frame;
            }
        }
        return null;
    }
}
