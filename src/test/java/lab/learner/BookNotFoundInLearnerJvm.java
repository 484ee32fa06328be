package lab.learner;

import java.util.List;

import bookstore.BookNotFoundException;

/** The lab's own {@link BookNotFoundException}, thrown in a learner JVM: a refusal a scenario may expect. */
final class BookNotFoundInLearnerJvm extends BookNotFoundException implements LearnersThrowable {

    private final String message;

    BookNotFoundInLearnerJvm(String message, List<StackTraceElement> learnerFrames) {
        super("", "");
        this.message = message;
        setStackTrace(learnerFrames.toArray(StackTraceElement[]::new));
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String learnersClassName() {
        return BookNotFoundException.class.getName();
    }
}
