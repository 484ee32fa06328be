package lab.integrity;

import java.util.List;
import java.util.Optional;

/**
 * The run-wide settings that select only some of the lab's scenarios. A proof that needs the whole lab (every stub
 * fails its scenarios, a class is graded) is skipped, with this reason, while one of them is set.
 */
public final class ScenarioFilters {

    private static final List<String> PROPERTIES = List.of("cucumber.filter.tags", "cucumber.filter.name",
            "cucumber.features", "kata.exercise");

    private ScenarioFilters() {
    }

    /** Why a proof that needs every scenario cannot run now; empty when no filter is set. */
    public static Optional<String> whyNotTheWholeLab(String proof) {
        return PROPERTIES.stream().filter(property -> System.getProperty(property) != null).findFirst()
                .map(property -> "Skipped: -D" + property + " selects only some scenarios; " + proof
                        + " needs the whole lab");
    }
}
