package lab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scenarios a run was limited to, as the learner chose them: {@code -Dcucumber.features} naming lines
 * ({@code features/03_find_a_book.feature:16}), {@code -Dcucumber.filter.tags} or {@code -Dcucumber.filter.name}.
 * Empty when the run had every scenario of its exercises.
 */
final class ScenarioChoice {

    private static final Pattern LINES = Pattern.compile(".*\\.feature(:\\d+)+$");

    private ScenarioChoice() {
    }

    static String configured() {
        List<String> parts = new ArrayList<>();
        String features = System.getProperty("cucumber.features", "").strip();
        for (String feature : features.split(",")) {
            if (LINES.matcher(feature.strip()).matches()) {
                parts.add(feature.strip());
            }
        }
        String tags = System.getProperty("cucumber.filter.tags", "").strip();
        if (!tags.isEmpty()) {
            parts.add("tags " + tags);
        }
        String name = System.getProperty("cucumber.filter.name", "").strip();
        if (!name.isEmpty()) {
            parts.add("names matching " + name);
        }
        return String.join(", ", parts);
    }
}
