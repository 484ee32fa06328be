package lab.endpoint;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.backend.Namespace;

/**
 * The backend of one namespace in one region as the wire sees it, for emulations: a request's JSON in, the backend's JSON out,
 * around the lab endpoint (nothing recorded, faulted, journaled or emulated). A refusal comes back as the backend's
 * own {@link ServiceError}, with its type and message, so an emulation can pass it on or read it.
 */
public final class BackendCalls {

    private final BackendForwarder forwarder;
    private final Namespace namespace;
    private final String region;

    BackendCalls(BackendForwarder forwarder, Namespace namespace, String region) {
        this.forwarder = forwarder;
        this.namespace = namespace;
        this.region = region;
    }

    /** The backend's answer to {@code operation} with {@code body}; its refusal thrown as a {@link ServiceError}. */
    public ObjectNode call(String operation, ObjectNode body) {
        WireAnswer answer;
        try {
            answer = forwarder.forward(namespace, region, operation, WireAnswer.write(body));
        } catch (IOException unreachable) {
            throw new ServiceError(500, "InternalServerError", "The backend did not answer " + operation + ": "
                    + unreachable.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new ServiceError(500, "InternalServerError", "The lab endpoint is stopping");
        }
        if (!answer.succeeded()) {
            throw new ServiceError(answer.status(), answer.errorType(), answer.json().path("message").asText(
                    answer.json().path("Message").asText("")));
        }
        return answer.json();
    }
}
