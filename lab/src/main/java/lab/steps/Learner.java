package lab.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import lab.fixtures.Library;
import lab.learner.AnswerType;
import lab.learner.LearnerCallFailed;
import lab.learner.LearnerCode;
import lab.learner.LearnersThrowable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Every call into the learner's code goes through here, named as the exercise catalogue names the method
 * ({@code BookRepository.find}), and whatever goes wrong in it becomes a {@link LabFailure} whose message names the
 * method, rather than a stack trace. The calls themselves are bounded in time by the learner's code
 * ({@link LearnerCode}), wherever it runs.
 */
public final class Learner {

    /** What marks a stub's message: {@code BookRepository.find — exercise 03, features/03_find_a_book.feature}. */
    static final String STUB_MARK = " — exercise ";

    /** What a learner method did when the scenario expected it might refuse: nothing (null) or what it threw. */
    public record Attempt(String method, Throwable thrown) {

        /** For an attempt a step expected to succeed: what it threw fails the step, as {@link #call} would have. */
        public void mustHaveSucceeded() {
            if (thrown != null) {
                throw failure(method, thrown);
            }
        }

        /** The binary name of the class of what the method threw, also when it was thrown in a learner JVM. */
        public String thrownClassName() {
            return thrown == null ? null : className(thrown);
        }
    }

    private final LearnerCode code;

    public Learner(LearnerCode code) {
        this.code = code;
    }

    /** Calls the method; anything it throws fails the step. Its answer comes back as {@code answer}. */
    public <T> T call(String method, AnswerType<T> answer, Object... arguments) {
        try {
            return code.call(method, answer, arguments);
        } catch (LabFailure failure) {
            throw failure;
        } catch (Throwable thrown) {
            throw failure(method, thrown);
        }
    }

    /**
     * Calls the method once for each of these argument lists and answers in their order, as {@link #call} one by one
     * would; the learner's code serves them several at a time ({@link LearnerCode#callsAtOnce}), as a store's code
     * serves its customers. The first call goes alone, so that a stub or a hang is told once; after it, a failure
     * leaves the calls not yet started unmade, and what the earliest failing call threw fails the step.
     */
    public <T> List<T> callEach(String method, AnswerType<T> answer, List<List<Object>> argumentLists) {
        List<T> answers = new ArrayList<>();
        if (argumentLists.isEmpty()) {
            return answers;
        }
        answers.add(call(method, answer, argumentLists.get(0).toArray()));
        List<List<Object>> rest = argumentLists.subList(1, argumentLists.size());
        int atOnce = Math.min(code.callsAtOnce(), rest.size());
        if (atOnce <= 1) {
            rest.forEach(arguments -> answers.add(call(method, answer, arguments.toArray())));
            return answers;
        }
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService callers = Executors.newFixedThreadPool(atOnce, task -> {
            Thread caller = new Thread(task, "learner-caller");
            caller.setDaemon(true);
            return caller;
        });
        try {
            List<Future<Optional<T>>> pending = rest.stream().map(arguments -> callers.submit(() -> {
                if (failed.get()) {
                    return Optional.<T>empty();
                }
                try {
                    return Optional.ofNullable(call(method, answer, arguments.toArray()));
                } catch (RuntimeException | Error thrown) {
                    failed.set(true);
                    throw thrown;
                }
            })).toList();
            Throwable earliest = null;
            for (Future<Optional<T>> answered : pending) {
                try {
                    answers.add(answered.get().orElse(null));
                } catch (ExecutionException threw) {
                    earliest = earliest == null ? threw.getCause() : earliest;
                }
            }
            if (earliest instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (earliest instanceof Error error) {
                throw error;
            }
            return answers;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LabFailure(method + ": the scenario was interrupted while its calls were under way", interrupted);
        } finally {
            callers.shutdown();
        }
    }

    /** Calls a method whose answer does not matter; anything it throws fails the step. */
    public void run(String method, Object... arguments) {
        call(method, AnswerType.none(), arguments);
    }

    /**
     * Calls a method that the scenario expects may refuse: a refusal from the service or the lab's own
     * {@code BookNotFoundException} is captured for a later step to judge. A stub, a hang or a bug still fails here.
     */
    public Attempt attempt(String method, Object... arguments) {
        try {
            code.call(method, AnswerType.none(), arguments);
            return new Attempt(method, null);
        } catch (LabFailure failure) {
            throw failure;
        } catch (Throwable thrown) {
            if (thrown instanceof DynamoDbException || className(thrown).equals(Library.BOOK_NOT_FOUND)) {
                return new Attempt(method, thrown);
            }
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
            if (frame.getClassName().startsWith(Library.LEARNER_PACKAGE)) {
                return frame;
            }
        }
        return null;
    }
}
