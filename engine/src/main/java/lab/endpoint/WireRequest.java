package lab.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One DynamoDB request as it reached the lab endpoint: its operation (from {@code X-Amz-Target}), its JSON body
 * (which the endpoint may change before passing it on), who sent it, and the SDK's attempt headers where present.
 *
 * @param operation    the operation, e.g. {@code GetItem}
 * @param body         the request's JSON body
 * @param caller       the learner's code or the harness
 * @param invocationId the {@code amz-sdk-invocation-id} header, the same for every attempt of one call; null if absent
 * @param attempt      which attempt of the call this is ({@code amz-sdk-request: attempt=N; max=M}); 1 if absent
 * @param maxAttempts  how many attempts the client will make at most; 0 if it did not say
 */
public record WireRequest(String operation, ObjectNode body, Caller caller, String invocationId, int attempt,
                          int maxAttempts) {

    /**
     * Who sent a request: the learner's code (recorded, faults injected, metrics published), the shop's other
     * clients, whose traffic the lab makes (faults injected, metrics published, not recorded as the learner's), or
     * the harness (none of these).
     */
    public enum Caller {
        LEARNER, SHOP, HARNESS
    }

    public boolean fromLearner() {
        return caller == Caller.LEARNER;
    }

    /** Whether the request is the store's traffic, the learner's or the shop's: faults injected, metrics published. */
    public boolean storeTraffic() {
        return caller != Caller.HARNESS;
    }

    /** Whether the client said this is its last attempt at the call. */
    public boolean lastAttempt() {
        return maxAttempts > 0 && attempt >= maxAttempts;
    }

    /** A text field of the body, or null. */
    public String text(String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
