package lab.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal the lab endpoint answers in the service's own form: HTTP 400 (or 500) with
 * {@code {"__type": "com.amazonaws.dynamodb.v20120810#<Type>", "message": "..."}}, which every DynamoDB client turns
 * into its exception of that name. Thrown by whatever handles a request; the endpoint turns it into the answer.
 */
public final class ServiceError extends RuntimeException {

    private static final String TYPE_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private final int status;
    private final String type;

    public ServiceError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    /** A 400 refusal of the given type, e.g. {@code TableNotFoundException}. */
    public static ServiceError of(String type, String message) {
        return new ServiceError(400, type, message);
    }

    public static ServiceError validation(String message) {
        return of("ValidationException", message);
    }

    public String type() {
        return type;
    }

    public WireAnswer answer() {
        ObjectNode body = WireAnswer.JSON.createObjectNode();
        body.put("__type", (type.startsWith("com.amazon") ? "" : TYPE_PREFIX) + type);
        body.put("message", getMessage());
        return new WireAnswer(status, WireAnswer.write(body), RequestIds.next());
    }
}
