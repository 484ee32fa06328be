package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The catalogue is the single source of truth: every exercise in it is complete, and nothing outside it pretends to be one. */
class CatalogueIntegrityTest {

    /** Code in a hint gives the answer away: a call, a lambda, a block, an expression placeholder. */
    private static final Pattern CODE = Pattern.compile("\\w\\(|->|[#:][A-Za-z]|\\.builder|\\{");

    @Test
    void exercisesAreNumberedInOrderFromOne() {
        assertThat(Catalogue.EXERCISES).extracting(Exercise::id).as("the exercise ids, in catalogue order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Catalogue.EXERCISES.size())
                        .mapToObj(n -> String.format("%02d", n)).toList());
    }

    @Test
    void everyExerciseHasItsFeatureStubsSolutionsHintAndPoints() {
        SoftAssertions softly = new SoftAssertions();
        for (Exercise exercise : Catalogue.EXERCISES) {
            String name = "exercise " + exercise.id() + " (" + exercise.title() + ")";
            softly.assertThat(exercise.featurePath()).as(name + ": its feature file").isRegularFile();
            softly.assertThat(exercise.feature()).as(name + ": its feature file's name")
                    .startsWith("features/" + exercise.id() + "_").endsWith(".feature");
            if (Files.isRegularFile(exercise.featurePath())) {
                softly.assertThat(SourceTrees.read(exercise.featurePath())).as(name + ": its feature has scenarios")
                        .containsPattern("(?m)^\\s*Scenario( Outline)?:");
            }
            softly.assertThat(exercise.stubs()).as(name + ": the methods it asks for").isNotEmpty();
            for (String stub : exercise.stubs()) {
                softly.assertThat(SourceTrees.methodBody(SourceTrees.SOLUTIONS, stub))
                        .as(name + ": the reference solution of " + stub).isPresent();
                SourceTrees.methodBody(SourceTrees.SOLUTIONS, stub).ifPresent(body -> softly.assertThat(body)
                        .as(name + ": the reference solution of " + stub + " is a solution, not a stub")
                        .doesNotContain("UnsupportedOperationException"));
            }
            softly.assertThat(exercise.hint()).as(name + ": its hint").isNotBlank();
            softly.assertThat(exercise.hint()).as(name + ": its hint nudges with words, never with code")
                    .doesNotContainPattern(CODE);
            softly.assertThat(exercise.points()).as(name + ": its points").isPositive();
            for (String used : exercise.uses()) {
                softly.assertThat(Catalogue.EXERCISES).as(name + ": " + used + " it uses is another exercise's stub")
                        .anyMatch(other -> other != exercise && other.stubs().contains(used));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyStubIsOneThrowNamingItsMethodAndExercise() {
        List<String> changed = SourceTrees.changedStubs();
        Assumptions.assumeTrue(changed.isEmpty() || System.getenv("CI") != null,
                () -> "Skipped: src/main/java holds your work (" + String.join(", ", changed) + "), not the untouched stubs");
        SoftAssertions softly = new SoftAssertions();
        for (Exercise exercise : Catalogue.EXERCISES) {
            for (String stub : exercise.stubs()) {
                String body = SourceTrees.methodBody(SourceTrees.STUBS, stub).orElse("");
                softly.assertThat(body).as("the stub " + stub + " in src/main/java").isNotEmpty();
                softly.assertThat(body).as("the stub " + stub + ": a // TODO: stating the access pattern").contains("// TODO:");
                softly.assertThat(body).as("the stub " + stub + ": one throw naming the method and exercise " + exercise.id())
                        .contains(SourceTrees.stubStatement(exercise, stub));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyFeatureFileBelongsToAnExercise() throws IOException {
        try (Stream<Path> features = Files.list(Path.of("features"))) {
            List<String> orphans = features.map(path -> "features/" + path.getFileName())
                    .filter(path -> path.endsWith(".feature"))
                    .filter(path -> Catalogue.EXERCISES.stream().noneMatch(exercise -> exercise.feature().equals(path)))
                    .toList();
            assertThat(orphans).as("feature files that no exercise of the catalogue names").isEmpty();
        }
    }
}
