package lab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Files the grader places where a sandboxed JVM, perhaps under another user id, reads them. */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** {@code file} at {@code into}: a hard link where the file system allows one, else a copy with its time. */
    public static void linkOrCopy(Path file, Path into) throws IOException {
        try {
            Files.createLink(into, file);
        } catch (IOException | UnsupportedOperationException elsewhere) {
            Files.copy(file, into, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Makes everything under {@code tree} readable by all, folders enterable; links are left as they are. */
    public static void openToAll(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.toList()) {
                if (!Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
