package lab.selection;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import lab.backend.KataConfigurationException;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/** The exercises a run is limited to: {@code -Dkata.exercise=03} or {@code -Dkata.exercise=03,05}; all of them when unset. */
public final class ExerciseSelection {

    public static final String PROPERTY = "kata.exercise";

    private ExerciseSelection() {
    }

    /** The ids chosen with {@code -Dkata.exercise}, two digits each; empty when the run is not limited. */
    public static Set<String> configured() {
        return parse(System.getProperty(PROPERTY));
    }

    /** "3, 05" is {03, 05}; blank is every exercise (empty); an id the catalogue lacks is refused in one line. */
    public static Set<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : value.split(",")) {
            String wanted = id.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            ids.add(Catalogue.byId(wanted).map(Exercise::id).orElseThrow(() -> new KataConfigurationException(
                    "-D" + PROPERTY + "=" + value.strip() + ": there is no exercise '" + wanted + "'; use ids "
                            + Catalogue.idRange() + ", one or several separated by commas, e.g. -D" + PROPERTY + "=03,05")));
        }
        return Set.copyOf(ids);
    }

    /** For messages: "03, 05". */
    public static String describe(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
