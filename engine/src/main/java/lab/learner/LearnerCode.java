package lab.learner;

import lab.learner.agent.LearnerMethod;

/**
 * The learner's code, as the steps call it: any public method of the learner's classes, named as the exercise
 * catalogue names it ({@code BookRepository.find}), called on a fresh instance made with the scenario's client.
 * Arguments go as they are (records, lists, maps, optionals, strings, numbers, instants, booleans); the answer comes
 * back as the type the caller asks for ({@link AnswerType}), records made into the caller's own record types by their
 * components' names. Whether that code runs in this JVM or in a learner JVM of its own is the implementation's
 * business; either way, what the learner's code throws reaches the caller with its class's name, its message and the
 * learner's own frames, and a call that cannot finish (past its time limit, or its JVM gone) throws
 * {@link LearnerCallFailed}.
 */
@FunctionalInterface
public interface LearnerCode {

    /** Calls the method with these arguments and answers what it returned, as data ({@link lab.learner.agent.ApiValues}). */
    Object call(LearnerMethod method, Object... arguments);

    /** Calls the method the catalogue names {@code Class.method}, and answers what it returned as {@code answer}. */
    default <T> T call(String method, AnswerType<T> answer, Object... arguments) {
        return answer.of(call(LearnerMethod.named(method), arguments));
    }

    /**
     * How many calls of one scenario are worth making at once: the learner JVMs the run may have, where each call
     * takes one; 1 in the harness's JVM, where a debugger's breakpoints are best hit one call at a time.
     */
    default int callsAtOnce() {
        return 1;
    }
}
