package lab.steps;

import java.util.Arrays;

/**
 * A scenario's failure told in one paragraph: what the learner's method did, never a wall of harness stack frames.
 * Its stack trace holds only the learner's own frames (package {@code bookstore}), so the line to look at is the first.
 */
public class LabFailure extends AssertionError {

    public LabFailure(String message, Throwable fromLearnerCode) {
        super(message);
        StackTraceElement[] learnerFrames = fromLearnerCode == null ? new StackTraceElement[0]
                : Arrays.stream(fromLearnerCode.getStackTrace())
                        .filter(frame -> frame.getClassName().startsWith("bookstore."))
                        .toArray(StackTraceElement[]::new);
        setStackTrace(learnerFrames);
    }
}
