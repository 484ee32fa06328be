package lab.cloudwatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CloudWatch request's parameters, read with CloudWatch's refusals for one that is missing or of the wrong kind. */
final class Parameters {

    private final Map<String, Object> map;
    private final String prefix;

    Parameters(Map<String, Object> map, String prefix) {
        this.map = map;
        this.prefix = prefix;
    }

    private String named(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    boolean has(String name) {
        return map.get(name) != null;
    }

    String text(String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a string.");
        }
        return text;
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null || text.isEmpty()) {
            throw CloudWatchError.missing(named(name));
        }
        return text;
    }

    Instant requiredTime(String name) {
        Object value = map.get(name);
        if (value == null) {
            throw CloudWatchError.missing(named(name));
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000));
        }
        throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a timestamp.");
    }

    Integer integer(String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if ((value instanceof Long || value instanceof Integer) && ((Number) value).longValue() >= Integer.MIN_VALUE
                && ((Number) value).longValue() <= Integer.MAX_VALUE) {
            return ((Number) value).intValue();
        }
        throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be an integer.");
    }

    Boolean bool(String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a boolean.");
    }

    /** A list of texts; empty if absent. */
    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        for (Object element : list(name)) {
            if (!(element instanceof String text)) {
                throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a list of strings.");
            }
            texts.add(text);
        }
        return texts;
    }

    /** A list of structures; empty if absent. */
    List<Parameters> structures(String name) {
        List<Parameters> structures = new ArrayList<>();
        int member = 1;
        for (Object element : list(name)) {
            if (!(element instanceof Map<?, ?> structure)) {
                throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a list of structures.");
            }
            structures.add(new Parameters(cast(structure), named(name) + ".member." + member++));
        }
        return structures;
    }

    /** A structure, or null if absent. */
    Parameters structure(String name) {
        Object value = map.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> structure)) {
            throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a structure.");
        }
        return new Parameters(cast(structure), named(name));
    }

    private List<?> list(String name) {
        Object value = map.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw CloudWatchError.invalidValue("The parameter " + named(name) + " must be a list.");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> structure) {
        return (Map<String, Object>) structure;
    }
}
