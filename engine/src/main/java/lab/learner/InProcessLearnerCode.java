package lab.learner;

import lab.learner.agent.ApiValues;
import lab.learner.agent.LearnerInvoker;
import lab.learner.agent.LearnerClients;
import lab.learner.agent.LearnerMethod;

/**
 * The learner's code in this JVM, with the clients the harness gives it (recorded, faults injected): for a debugger's
 * breakpoints in the learner's code. Bounded in time, but a call that ignores interruption keeps its thread.
 */
final class InProcessLearnerCode implements LearnerCode {

    private final LearnerInvoker invoker;
    private final LearnerClients client;
    private final BoundedCalls bounds;

    InProcessLearnerCode(LearnerInvoker invoker, LearnerClients client, BoundedCalls bounds) {
        this.invoker = invoker;
        this.client = client;
        this.bounds = bounds;
    }

    @Override
    public Object call(LearnerMethod method, Object... arguments) {
        Object[] data = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            data[i] = ApiValues.toData(arguments[i]);
        }
        try {
            return bounds.call(() -> {
                try {
                    return invoker.invoke(method, client, data);
                } catch (Exception | Error thrown) {
                    throw thrown;
                } catch (Throwable other) {
                    throw new IllegalStateException(other);
                }
            });
        } catch (Throwable thrown) {
            throw Rethrow.asItIs(thrown);
        }
    }
}
