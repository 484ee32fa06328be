package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import lab.LabSettings;
import lab.catalogue.Catalogue;

/**
 * Whether a submission changed what the lab asks or how it checks: the features, the harness (lab/: its steps,
 * checks and resources), the poms, the Classroom workflow, the exercise catalogue (its points are the grades). Compared with the facilitator's copy, line endings aside.
 * Only what the submission holds is compared: a copy handed in without its features (or with sources alone) has
 * not changed them.
 */
public final class TamperCheck {

    /** What belongs to the facilitator, relative to the kata's root. */
    static final List<Path> GUARDED = List.of(Path.of("pom.xml"), Path.of("src", "pom.xml"), Path.of(LabSettings.FEATURES),
            Path.of("engine"), Path.of("lab"), Path.of(".github", "workflows", "classroom.yml"), Catalogue.DEFAULT_FILE);

    private final Path pristine;

    public TamperCheck(Path pristine) {
        this.pristine = pristine;
    }

    /** One line per changed, added or removed guarded file, e.g. {@code features/03_find_a_book.feature changed}. */
    public List<String> changes(Submission submission) {
        if (!submission.isWholeCopy()) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        for (Path guarded : GUARDED) {
            if (!Files.exists(submission.folder().resolve(guarded))) {
                continue; // handed in without it: nothing of it was changed
            }
            TreeSet<Path> files = new TreeSet<>(filesUnder(pristine, guarded));
            files.addAll(filesUnder(submission.folder(), guarded));
            for (Path file : files) {
                Path theirs = submission.folder().resolve(file);
                Path ours = pristine.resolve(file);
                String name = file.toString().replace('\\', '/');
                if (!Files.exists(theirs)) {
                    changes.add(name + " removed");
                } else if (!Files.exists(ours)) {
                    changes.add(name + " added");
                } else if (!sameText(ours, theirs)) {
                    changes.add(name + " changed");
                }
            }
        }
        return changes;
    }

    private static List<Path> filesUnder(Path root, Path guarded) {
        Path start = root.resolve(guarded);
        if (Files.isRegularFile(start)) {
            return List.of(guarded);
        }
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            // A build's output (engine/target, lab/target) is not the lab's: only its sources are guarded.
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(file -> !file.startsWith(guarded.resolve("target"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + start, e);
        }
    }

    private static boolean sameText(Path a, Path b) {
        try {
            byte[] left = Files.readAllBytes(a);
            byte[] right = Files.readAllBytes(b);
            return Arrays.equals(left, right) || normalised(left).equals(normalised(right));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + a + " with " + b, e);
        }
    }

    /** A checkout on Windows may turn every line ending into CRLF: that is not a change. */
    private static String normalised(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
