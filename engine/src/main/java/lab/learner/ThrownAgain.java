package lab.learner;

import lab.learner.agent.ThrownFacts;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Makes what the learner's code threw in a learner JVM again in this one, so that a step treats it as it would the
 * same exception thrown here: the service's refusals (a {@link AwsServiceException} of the SDK, e.g.
 * {@code ResourceInUseException}) as their own classes; anything else, the learner's own exceptions among them, as a
 * {@link ThrownInLearnerJvm} that keeps its class's name. Every copy's stack trace is the learner's own frames.
 */
final class ThrownAgain {

    private ThrownAgain() {
    }

    static RuntimeException from(ThrownFacts facts) {
        AwsServiceException answer = serviceException(facts);
        if (answer != null) {
            answer.setStackTrace(facts.learnerFrames().toArray(StackTraceElement[]::new));
            return answer;
        }
        return new ThrownInLearnerJvm(facts.className(), facts.message(), facts.learnerFrames());
    }

    private static AwsServiceException serviceException(ThrownFacts facts) {
        if (!facts.className().startsWith("software.amazon.awssdk.")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(facts.className(), false, ThrownAgain.class.getClassLoader());
            if (!AwsServiceException.class.isAssignableFrom(type)) {
                return null;
            }
            AwsServiceException.Builder builder = (AwsServiceException.Builder) type.getMethod("builder").invoke(null);
            builder.message(facts.message()).statusCode(facts.statusCode());
            if (facts.errorCode() != null || facts.errorMessage() != null) {
                builder.awsErrorDetails(AwsErrorDetails.builder().errorCode(facts.errorCode())
                        .errorMessage(facts.errorMessage()).serviceName(facts.serviceName()).build());
            }
            return builder.build();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError notMadeAgain) {
            return null;
        }
    }
}
