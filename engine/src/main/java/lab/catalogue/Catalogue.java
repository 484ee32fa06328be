package lab.catalogue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lab's exercises, in order, as {@code exercises.toml} at the project root lists them: the one list that the
 * board, the hints, the exercise filter, grading, the GitHub Classroom workflow and the integrity checks all read.
 * {@code -Dkata.catalogue=FILE} reads another file (a JVM that does not run in the project root needs it).
 */
public final class Catalogue {

    public static final String FILE_PROPERTY = "kata.catalogue";
    public static final Path DEFAULT_FILE = Path.of("exercises.toml");

    public static final List<Exercise> EXERCISES = read(file());

    private Catalogue() {
    }

    /** The catalogue file this JVM reads. */
    public static Path file() {
        String configured = System.getProperty(FILE_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_FILE : Path.of(configured);
    }

    /** The exercises a catalogue file lists; a file that cannot be read is refused in one line. */
    public static List<Exercise> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogueException("Cannot read the exercise catalogue " + file.toAbsolutePath()
                    + " (" + e.getClass().getSimpleName() + "): run from the root of the kata, where "
                    + DEFAULT_FILE + " is, or set -D" + FILE_PROPERTY + "=FILE");
        }
        return CatalogueEntries.exercises(TomlTables.parse(text, file.toString()), file.toString());
    }

    public static Optional<Exercise> byId(String id) {
        String wanted = id.length() == 1 ? "0" + id : id;
        return EXERCISES.stream().filter(exercise -> exercise.id().equals(wanted)).findFirst();
    }

    /** The exercise whose feature file this is, from a Cucumber URI such as {@code file:///…/features/03_find_a_book.feature}. */
    public static Optional<Exercise> byFeatureUri(URI uri) {
        String path = uri.getPath() == null ? uri.getSchemeSpecificPart() : uri.getPath();
        return EXERCISES.stream().filter(exercise -> path.endsWith("/" + exercise.feature())
                || path.equals(exercise.feature())).findFirst();
    }

    /** The message a stub throws, naming the exercise that owns it, e.g. {@code BookRepository.find — exercise 03, …}. */
    public static Optional<String> stubMessage(String stub) {
        return EXERCISES.stream().filter(exercise -> exercise.stubs().contains(stub)).findFirst()
                .map(owner -> owner.stubMessage(stub));
    }

    public static int totalPoints() {
        return EXERCISES.stream().mapToInt(Exercise::points).sum();
    }

    /** "01 to 09": the range of ids, for messages that list the valid ones. */
    public static String idRange() {
        return EXERCISES.get(0).id() + " to " + EXERCISES.get(EXERCISES.size() - 1).id();
    }
}
