package lab.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code [[exercises]]} tables of the catalogue file, as exercises; a missing, unknown or mistyped key is refused. */
final class CatalogueEntries {

    static final String TABLE = "exercises";
    private static final Set<String> REQUIRED = Set.of("id", "title", "feature", "stubs", "points", "hint");
    private static final Set<String> OPTIONAL = Set.of("uses");

    private CatalogueEntries() {
    }

    static List<Exercise> exercises(Map<String, List<Map<String, Object>>> tables, String source) {
        Set<String> others = new HashSet<>(tables.keySet());
        others.remove(TABLE);
        if (!others.isEmpty()) {
            throw new CatalogueException(source + ": [[" + others.iterator().next() + "]] is not part of the catalogue;"
                    + " every entry is an [[" + TABLE + "]]");
        }
        List<Map<String, Object>> entries = tables.getOrDefault(TABLE, List.of());
        if (entries.isEmpty()) {
            throw new CatalogueException(source + ": no [[" + TABLE + "]] entry");
        }
        List<Exercise> exercises = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < entries.size(); index++) {
            Exercise exercise = exercise(entries.get(index), source + ", exercise " + (index + 1));
            if (!ids.add(exercise.id())) {
                throw new CatalogueException(source + ": two exercises have the id " + exercise.id());
            }
            exercises.add(exercise);
        }
        return List.copyOf(exercises);
    }

    private static Exercise exercise(Map<String, Object> entry, String where) {
        for (String key : entry.keySet()) {
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                throw new CatalogueException(where + ": unknown key '" + key + "'; the keys are "
                        + "id, title, feature, stubs, uses, points, hint");
            }
        }
        for (String key : REQUIRED) {
            if (!entry.containsKey(key)) {
                throw new CatalogueException(where + ": '" + key + "' is missing");
            }
        }
        String context = where + " (" + entry.get("id") + ")";
        long points = value(entry, "points", Long.class, context);
        if (points <= 0 || points > Integer.MAX_VALUE) {
            throw new CatalogueException(context + ": points should be a positive whole number, it is " + points);
        }
        return new Exercise(value(entry, "id", String.class, context), value(entry, "title", String.class, context),
                value(entry, "feature", String.class, context), strings(entry, "stubs", context),
                entry.containsKey("uses") ? strings(entry, "uses", context) : List.of(),
                value(entry, "hint", String.class, context), (int) points);
    }

    private static <T> T value(Map<String, Object> entry, String key, Class<T> type, String context) {
        Object value = entry.get(key);
        if (!type.isInstance(value)) {
            throw new CatalogueException(context + ": '" + key + "' should be " + (type == Long.class
                    ? "an integer" : "a \"string\"") + ", it is " + value);
        }
        return type.cast(value);
    }

    private static List<String> strings(Map<String, Object> entry, String key, String context) {
        Object value = entry.get(key);
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new CatalogueException(context + ": '" + key + "' should be a list of \"Class.method\" strings, it is "
                    + value);
        }
        return list.stream().map(String.class::cast).toList();
    }
}
