package lab.learner;

import java.util.List;

/**
 * What the learner's code threw in a learner JVM, when this JVM has no such class to make again (the learner's own
 * exception, or one whose message cannot be given back): its class's name and message, and the learner's frames as
 * its stack trace.
 */
final class ThrownInLearnerJvm extends RuntimeException implements LearnersThrowable {

    private final String className;

    ThrownInLearnerJvm(String className, String message, List<StackTraceElement> learnerFrames) {
        super(message, null, false, true);
        this.className = className;
        setStackTrace(learnerFrames.toArray(StackTraceElement[]::new));
    }

    @Override
    public String learnersClassName() {
        return className;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? className : className + ": " + message;
    }
}
