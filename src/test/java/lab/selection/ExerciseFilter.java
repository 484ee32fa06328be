package lab.selection;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

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
 * (the harness's own tests) is always kept.
 */
public class ExerciseFilter implements PostDiscoveryFilter {

    private final Set<String> selection;

    /** The filter {@code -Dkata.exercise} asks for. */
    public ExerciseFilter() {
        this(ExerciseSelection.configured());
    }

    public ExerciseFilter(Set<String> selection) {
        this.selection = Set.copyOf(selection);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (selection.isEmpty()) {
            return FilterResult.included("every exercise");
        }
        Optional<Exercise> exercise = descriptor.getSource().flatMap(ExerciseFilter::featureUri).flatMap(Catalogue::byFeatureUri);
        if (exercise.isEmpty()) {
            return FilterResult.included("not a scenario of an exercise");
        }
        return FilterResult.includedIf(selection.contains(exercise.get().id()),
                () -> "exercise " + exercise.get().id() + " is chosen",
                () -> "exercise " + exercise.get().id() + " is not among -D" + ExerciseSelection.PROPERTY + "="
                        + ExerciseSelection.describe(selection));
    }

    private static Optional<URI> featureUri(TestSource source) {
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
