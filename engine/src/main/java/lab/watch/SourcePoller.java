package lab.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Saves seen by looking: every {@link #EVERY} it reads each {@code .java} file under the source tree (a handful of small
 * files, in the system's cache: well under a millisecond), and a difference is a save, taken as one once a look finds
 * nothing more changing. For platforms whose file events the JDK only polls for, slowly.
 */
final class SourcePoller implements Saves {

    /** How often the tree is looked at. */
    static final Duration EVERY = Duration.ofMillis(25);

    /** What a look records of a file: its size, when it was modified, and a checksum of its text (which a save changes
     * even within the coarse modification times of some file systems). */
    private record Stamp(long size, long modified, long checksum) {
    }

    private final Path root;
    private Map<String, Stamp> last;

    SourcePoller(Path root) {
        this.root = root;
        this.last = look();
    }

    @Override
    public Set<String> awaitChange() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            Thread.sleep(EVERY.toMillis());
            changed.addAll(differences());
        }
        long deadline = System.nanoTime() + SourceWatcher.LONGEST_BURST.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(EVERY.toMillis());
            Set<String> more = differences();
            if (more.isEmpty()) {
                break;
            }
            changed.addAll(more);
        }
        return changed;
    }

    /** The files added, removed or changed since the last look. */
    private Set<String> differences() {
        Map<String, Stamp> now = look();
        Set<String> changed = new TreeSet<>();
        for (String file : now.keySet()) {
            if (!Objects.equals(now.get(file), last.get(file))) {
                changed.add(file);
            }
        }
        for (String file : last.keySet()) {
            if (!now.containsKey(file)) {
                changed.add(file);
            }
        }
        last = now;
        return changed;
    }

    private Map<String, Stamp> look() {
        Map<String, Stamp> stamps = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return stamps;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(file -> file.getFileName().toString().endsWith(".java")).forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        CRC32 checksum = new CRC32();
                        checksum.update(Files.readAllBytes(file));
                        stamps.put(root.relativize(file).toString().replace('\\', '/'), new Stamp(attributes.size(),
                                attributes.lastModifiedTime().toMillis(), checksum.getValue()));
                    }
                } catch (IOException goneMeanwhile) {
                    // An editor replacing the file: the next look sees what it left.
                }
            });
        } catch (IOException | UncheckedIOException unreadable) {
            // A folder removed while it was walked: the next look sees what is left.
        }
        return stamps;
    }

    @Override
    public void close() {
        // Nothing is held between looks.
    }
}
