package lab.endpoint;

import java.util.List;
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
     * The parts whose spent capacity refuses this attempt of the store's traffic (the learner's, the shop's) as
     * throttled, before it reaches the store; none for an attempt not throttled. It then is refused, as an injected
     * fault is, and the SDK's retry policy retries it.
     */
    default List<ThrottledPart> throttles(LabNamespace namespace, WireRequest request) {
        return List.of();
    }

    /** Sees, and may change, the backend's answer to a request that no emulation answered. */
    default WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        return answer;
    }
}
