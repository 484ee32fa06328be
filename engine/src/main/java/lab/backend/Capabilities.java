package lab.backend;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one backend was found to support, with the reason for each thing it lacks, and what the lab endpoint
 * emulates in front of it.
 */
public final class Capabilities {

    /** What the report says of a capability the lab emulates. */
    public static final String EMULATED = "emulated by the lab";

    private final Map<Capability, String> missing;
    private final Set<Capability> emulated;

    private Capabilities(Map<Capability, String> missing, Set<Capability> emulated) {
        this.missing = missing;
        this.emulated = emulated;
    }

    public static Capabilities probe(DynamoDbClient client) {
        Map<Capability, String> missing = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            String reason = capability.probe(client);
            if (reason != null) {
                missing.put(capability, reason);
            }
        }
        return new Capabilities(missing, EnumSet.noneOf(Capability.class));
    }

    /** These, where missing, as the lab endpoint emulates them. */
    public Capabilities emulating(Set<Capability> these) {
        Map<Capability, String> stillMissing = new EnumMap<>(Capability.class);
        stillMissing.putAll(missing);
        Set<Capability> nowEmulated = EnumSet.noneOf(Capability.class);
        nowEmulated.addAll(emulated);
        for (Capability capability : these) {
            if (stillMissing.remove(capability) != null) {
                nowEmulated.add(capability);
            }
        }
        return new Capabilities(stillMissing, nowEmulated);
    }

    /** The capabilities the backend itself lacks. */
    public Set<Capability> missing() {
        return missing.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(missing.keySet());
    }

    /** Whether scenarios that need it can run: the backend has it, or the lab emulates it. */
    public boolean has(Capability capability) {
        return !missing.containsKey(capability);
    }

    public boolean emulated(Capability capability) {
        return emulated.contains(capability);
    }

    /** Why the backend lacks it, or empty when scenarios can have it. */
    public Optional<String> whyMissing(Capability capability) {
        return Optional.ofNullable(missing.get(capability));
    }

    /** In a word or three: {@code yes}, {@code emulated by the lab}, or {@code no}. */
    public String describe(Capability capability) {
        return emulated(capability) ? EMULATED : has(capability) ? "yes" : "no";
    }
}
