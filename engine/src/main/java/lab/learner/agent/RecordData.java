package lab.learner.agent;

import java.util.Map;

/**
 * A record of the learner's API as data: its type's simple name and its components by name, in their order. So a
 * record crosses between class loaders and JVMs, and each side makes it into a record type of its own.
 */
public record RecordData(String typeName, Map<String, Object> components) {

    public RecordData {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    }
}
