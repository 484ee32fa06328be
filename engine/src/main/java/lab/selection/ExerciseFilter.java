package lab.selection;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import lab.backend.KataConfigurationException;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps only the scenarios of the exercises chosen with {@code -Dkata.exercise} (registered through
 * META-INF/services, so it applies to every run of the lab). Anything that is not a scenario of a feature file
 * (the harness's own tests) is always kept. A choice the catalogue cannot meet runs no scenario at all, and says why
 * in one line; it never breaks the test run with a stack trace (the build refuses it before, see
 * {@code lab.report.ExerciseChoiceCheck}).
 */
public class ExerciseFilter implements PostDiscoveryFilter {

    private final Set<String> selection;
    private final String refusal;

    /** The filter {@code -Dkata.exercise} asks for. */
    public ExerciseFilter() {
        this(forSetting(System.getProperty(ExerciseSelection.PROPERTY)));
        if (refusal != null) {
            System.err.println(refusal);
        }
    }

    public ExerciseFilter(Set<String> selection) {
        this(selection, null);
    }

    private ExerciseFilter(ExerciseFilter other) {
        this(other.selection, other.refusal);
    }

    private ExerciseFilter(Set<String> selection, String refusal) {
        this.selection = Set.copyOf(selection);
        this.refusal = refusal;
    }

    /** The filter a {@code -Dkata.exercise} value asks for; one the catalogue cannot meet keeps no scenario. */
    public static ExerciseFilter forSetting(String value) {
        try {
            return new ExerciseFilter(ExerciseSelection.parse(value), null);
        } catch (KataConfigurationException unknown) {
            return new ExerciseFilter(Set.of(), unknown.getMessage());
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (selection.isEmpty() && refusal == null) {
            return FilterResult.included("every exercise");
        }
        Optional<Exercise> exercise = descriptor.getSource().flatMap(ExerciseFilter::featureUri).flatMap(Catalogue::byFeatureUri);
        if (exercise.isEmpty()) {
            return FilterResult.included("not a scenario of an exercise");
        }
        if (refusal != null) {
            return FilterResult.excluded(refusal);
        }
        return FilterResult.includedIf(selection.contains(exercise.get().id()),
                () -> "exercise " + exercise.get().id() + " is chosen",
                () -> "exercise " + exercise.get().id() + " is not among -D" + ExerciseSelection.PROPERTY + "="
                        + ExerciseSelection.describe(selection));
    }

    static Optional<URI> featureUri(TestSource source) {
        URI uri = null;
        if (source instanceof FileSource file) {
            uri = file.getUri();
        } else if (source instanceof ClasspathResourceSource resource) {
            uri = URI.create("classpath:" + resource.getClasspathResourceName());
        } else if (source instanceof UriSource other) {
            uri = other.getUri();
        }
        return Optional.ofNullable(uri).filter(found -> String.valueOf(found).endsWith(".feature"));
    }
}
