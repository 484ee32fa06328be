package lab.learner;

import java.nio.file.Path;
import java.time.Duration;

import lab.learner.agent.LearnerMethod;

/** The learner's code in a learner JVM: each call is sent to a warm one of the run's, with the scenario's client values. */
final class JvmLearnerCode implements LearnerCode {

    private final LearnerJvms jvms;
    private final Path learnerClasses;
    private final LearnerClientValues client;
    private final Duration limit;

    JvmLearnerCode(LearnerJvms jvms, Path learnerClasses, LearnerClientValues client, Duration limit) {
        this.jvms = jvms;
        this.learnerClasses = learnerClasses;
        this.client = client;
        this.limit = limit;
    }

    @Override
    public Object call(LearnerMethod method, Object... arguments) {
        LearnerJvm.Outcome outcome = jvms.call(learnerClasses, client, method, arguments, limit);
        if (outcome.failed() != null) {
            throw outcome.failed();
        }
        if (outcome.thrown() != null) {
            throw ThrownAgain.from(outcome.thrown());
        }
        return outcome.answer();
    }

    @Override
    public int callsAtOnce() {
        return jvms.most();
    }
}
