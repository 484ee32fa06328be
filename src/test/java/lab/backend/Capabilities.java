package lab.backend;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What one backend was found to support, with the reason for each thing it lacks. */
public final class Capabilities {

    private final Map<Capability, String> missing;

    private Capabilities(Map<Capability, String> missing) {
        this.missing = missing;
    }

    public static Capabilities probe(DynamoDbClient client) {
        Map<Capability, String> missing = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            String reason = capability.probe(client);
            if (reason != null) {
                missing.put(capability, reason);
            }
        }
        return new Capabilities(missing);
    }

    public boolean has(Capability capability) {
        return !missing.containsKey(capability);
    }

    /** Why the backend lacks it, or empty when it has it. */
    public Optional<String> whyMissing(Capability capability) {
        return Optional.ofNullable(missing.get(capability));
    }
}
