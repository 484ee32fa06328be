package lab.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts of one call that the endpoint refused as throttled, by the SDK's invocation id: a call is recorded once,
 * when an attempt gets through or the client gives up, with the throttled attempts before it.
 */
final class ThrottledAttempts {

    private final Map<String, Integer> byInvocation = new ConcurrentHashMap<>();

    /** Counts one more throttled attempt of the call; returns how many it has had. */
    int refused(String invocationId) {
        return invocationId == null ? 1 : byInvocation.merge(invocationId, 1, Integer::sum);
    }

    /** How many attempts of the call were throttled before this one, forgetting the call. */
    int takeBefore(String invocationId) {
        if (invocationId == null) {
            return 0;
        }
        Integer count = byInvocation.remove(invocationId);
        return count == null ? 0 : count;
    }
}
