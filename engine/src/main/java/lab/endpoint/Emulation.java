package lab.endpoint;

import java.util.Optional;

/**
 * Something the lab endpoint does itself instead of, or on top of, the backend: the operations a backend lacks
 * (backups and point-in-time recovery on DynamoDB Local) and the service's rules it does not keep (the limit on
 * capacity-mode switches). Every request of every caller, the harness's included, passes through each emulation.
 */
public interface Emulation {

    /**
     * The lab's own answer to this request, or empty to pass it on to the backend. A refusal is thrown as a
     * {@link ServiceError}.
     */
    Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request);

    /**
     * Whether this attempt of the store's traffic (the learner's, the shop's) is to be refused as throttled, before it
     * reaches the store; it then is, as an injected fault is, and the SDK's retry policy retries it.
     */
    default boolean throttles(LabNamespace namespace, WireRequest request) {
        return false;
    }

    /** Sees, and may change, the backend's answer to a request that no emulation answered. */
    default WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        return answer;
    }
}
