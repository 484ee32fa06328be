package lab.steps;

import java.util.concurrent.Callable;

import bookstore.BookNotFoundException;
import lab.learner.LearnerCallFailed;
import lab.learner.LearnersThrowable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Every call into the learner's code goes through here, and whatever goes wrong in it becomes a {@link LabFailure}
 * whose message names the method, rather than a stack trace. The calls themselves are bounded in time by the
 * learner's code ({@link lab.learner.LearnerCode}), wherever it runs.
 */
public final class Learner {

    /** What marks a stub's message: {@code BookRepository.find — exercise 03, features/03_find_a_book.feature}. */
    static final String STUB_MARK = " — exercise ";

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
                throw failure(method, thrown);
            }
        }
    }

    /** Calls the method; anything it throws fails the step. */
    public <T> T call(String method, Callable<T> body) {
        try {
            return body.call();
        } catch (LabFailure failure) {
            throw failure;
        } catch (Throwable thrown) {
            throw failure(method, thrown);
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
            body.run();
            return new Attempt(method, null);
        } catch (LabFailure failure) {
            throw failure;
        } catch (DynamoDbException | BookNotFoundException refusal) {
            return new Attempt(method, refusal);
        } catch (Throwable thrown) {
            throw failure(method, thrown);
        }
    }

    private static LabFailure failure(String method, Throwable thrown) {
        if (thrown instanceof LearnerCallFailed stopped) {
            return stopped(method, stopped);
        }
        if (className(thrown).equals(UnsupportedOperationException.class.getName()) && thrown.getMessage() != null
                && thrown.getMessage().contains(STUB_MARK)) {
            return new NotImplemented(thrown);
        }
        if (thrown instanceof AssertionError && !(thrown instanceof LearnersThrowable)) {
            // A lab expectation checked inside the learner's call: it speaks for itself.
            return new LabFailure(thrown.getMessage(), thrown);
        }
        StackTraceElement where = firstLearnerFrame(thrown);
        String simpleName = className(thrown).substring(className(thrown).lastIndexOf('.') + 1);
        return new LabFailure(method + " threw " + simpleName + ": " + thrown.getMessage()
                + (where == null ? "" : " (at " + where.getFileName() + ":" + where.getLineNumber() + ")"), thrown);
    }

    private static LabFailure stopped(String method, LearnerCallFailed stopped) {
        if (stopped.why() == LearnerCallFailed.Why.OVERRAN) {
            return new LabFailure(method + " " + stopped.getMessage() + ". Is it waiting for a table "
                    + "or index that never becomes ACTIVE, retrying without end, or following pages that never end? "
                    + "(-Dkata.timeout=SECONDS changes the limit)", null);
        }
        return new LabFailure(method + " " + stopped.getMessage(), null);
    }

    /** The class the learner's code threw, also when it was thrown in a learner JVM. */
    private static String className(Throwable thrown) {
        return thrown instanceof LearnersThrowable copy ? copy.learnersClassName() : thrown.getClass().getName();
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
