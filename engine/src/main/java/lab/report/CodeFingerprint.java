package lab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which learner code a run ran against: a digest of the learner's compiled classes (their names and bytes), so that
 * a result remembered from an earlier run can say whether it is about the same code.
 */
final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /** The digest of the class files under this folder, or empty when there are none or they cannot be read. */
    static Optional<String> of(Path classes) {
        if (classes == null || !Files.isDirectory(classes)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            List<Path> files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
            if (files.isEmpty()) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(classes.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
