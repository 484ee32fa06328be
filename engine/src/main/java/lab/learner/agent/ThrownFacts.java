package lab.learner.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What the learner's code threw, as it travels from a learner JVM: the class's name, the message, the frames of the
 * learner's own code, and for an answer of the service its status and error code.
 */
public record ThrownFacts(String className, String message, List<StackTraceElement> learnerFrames,
                          int statusCode, String errorCode, String errorMessage, String serviceName) {

    public static ThrownFacts of(Throwable thrown) {
        List<StackTraceElement> frames = Arrays.stream(thrown.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith(LearnerMethod.LEARNER_PACKAGE)).toList();
        int status = 0;
        String code = null;
        String said = null;
        String service = null;
        if (thrown instanceof AwsServiceException answer) {
            status = answer.statusCode();
            AwsErrorDetails details = answer.awsErrorDetails();
            if (details != null) {
                code = details.errorCode();
                said = details.errorMessage();
                service = details.serviceName();
            }
        }
        // A service exception's getMessage() appends its details, which the harness's copy appends again.
        String message = code != null || said != null ? said : thrown.getMessage();
        return new ThrownFacts(thrown.getClass().getName(), message, frames, status, code, said, service);
    }

    void write(DataOutputStream out) throws IOException {
        Wire.writeString(out, className);
        Wire.writeNullable(out, message);
        out.writeInt(learnerFrames.size());
        for (StackTraceElement frame : learnerFrames) {
            Wire.writeString(out, frame.getClassName());
            Wire.writeString(out, frame.getMethodName());
            Wire.writeNullable(out, frame.getFileName());
            out.writeInt(frame.getLineNumber());
        }
        out.writeInt(statusCode);
        Wire.writeNullable(out, errorCode);
        Wire.writeNullable(out, errorMessage);
        Wire.writeNullable(out, serviceName);
    }

    public static ThrownFacts read(DataInputStream in) throws IOException {
        String className = Wire.readString(in);
        String message = Wire.readNullable(in);
        int count = in.readInt();
        List<StackTraceElement> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(new StackTraceElement(Wire.readString(in), Wire.readString(in), Wire.readNullable(in), in.readInt()));
        }
        return new ThrownFacts(className, message, frames, in.readInt(), Wire.readNullable(in), Wire.readNullable(in),
                Wire.readNullable(in));
    }
}
