package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import lab.LabSettings;
import lab.backend.KataConfigurationException;

/**
 * One learner's submission: a folder holding their copy of the kata, or just its {@code src/main/java}.
 * Only the learner's sources ({@code bookstore/**}) are ever taken from it.
 *
 * @param learner the folder's name, which names the learner in the gradebook
 * @param folder  the folder
 */
public record Submission(String learner, Path folder) {

    private static final Path LEARNER_SOURCES = Path.of("src", "main", "java");

    /** Every subfolder of the submissions directory, by name. */
    public static List<Submission> in(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new KataConfigurationException("-Dsubmissions=" + directory + " is not a directory: give the folder "
                    + "that holds one subfolder per learner.");
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(child -> new Submission(child.getFileName().toString(), child))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the submissions in " + directory, e);
        }
    }

    /** Whether the folder is a whole copy of the kata (as opposed to just its sources). */
    public boolean isWholeCopy() {
        return Files.isDirectory(folder.resolve(LEARNER_SOURCES)) || Files.exists(folder.resolve("pom.xml"))
                || Files.isDirectory(folder.resolve(LabSettings.FEATURES));
    }

    /** The root the {@code bookstore} package is under, if the folder has one. */
    public Optional<Path> sourceRoot() {
        Path root = isWholeCopy() ? folder.resolve(LEARNER_SOURCES) : folder;
        return Files.isDirectory(root.resolve("bookstore")) ? Optional.of(root) : Optional.empty();
    }

    /** The learner's .java files, relative to the source root. */
    public List<Path> learnerSources() {
        return sourceRoot().map(root -> {
            try (Stream<Path> walk = Files.walk(root.resolve("bookstore"))) {
                return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".java"))
                        .map(root::relativize).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sources of " + learner, e);
            }
        }).orElse(List.of());
    }
}
