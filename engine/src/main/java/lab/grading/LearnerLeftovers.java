package lab.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a submission's learner JVMs leave behind in a container judge, where they run as a user id of their own: the
 * processes of that user (a fork, a daemon), stopped, and its files in {@code /tmp}, removed, after each job and before
 * the next submission's, so that nothing of one submission meets the next.
 */
final class LearnerLeftovers {

    private static final Path TMP = Path.of("/tmp");

    private LearnerLeftovers() {
    }

    /** Stops every process whose real user id is {@code uid}, and removes what it owns under /tmp. */
    static void clear(int uid) {
        SandboxedRun.stopEverythingOf(uid);
        if (!Files.isDirectory(TMP)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(TMP)) {
            walk.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(TMP)).filter(path -> owner(path) == uid)
                    .forEach(LearnerLeftovers::delete);
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            // What cannot be walked cannot be read by the next submission either: its owner's mode kept it private.
        }
    }

    private static int owner(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException gone) {
            return -1;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException notEmpty) {
            // Holds another user's files: left with them.
        }
    }
}
