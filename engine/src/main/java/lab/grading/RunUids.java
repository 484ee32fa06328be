package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user ids sandboxed runs get when the grader is root: unnamed ones, each held by one run at a time on the whole
 * machine. A run's end stops every process of its user id, so two runs must never share one, even when two graders
 * (two facilitators, or a test that grades two classes at once) run side by side: each id is held through a lock on a
 * file of its own, which the system releases when its holder ends, however it ends.
 */
final class RunUids {

    static final int FIRST = 64100;
    static final int COUNT = 64;

    private final Path locks;
    private final Map<Integer, FileLock> held = new ConcurrentHashMap<>();

    RunUids(Path locks) {
        this.locks = locks;
    }

    /** The folder of the machine's locks, in the system's temporary folder. */
    static RunUids ofThisMachine() {
        return new RunUids(Path.of(System.getProperty("java.io.tmpdir"), "kata-sandbox-uids"));
    }

    /** A user id no other run holds now, held until {@link #release}; empty when all are taken. */
    Optional<Integer> take() {
        try {
            Files.createDirectories(locks);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the folder of the sandbox's user id locks: " + e.getMessage(), e);
        }
        for (int uid = FIRST; uid < FIRST + COUNT; uid++) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(locks.resolve(uid + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    held.put(uid, lock);
                    return Optional.of(uid);
                }
                channel.close();
            } catch (OverlappingFileLockException heldInThisJvm) {
                closeQuietly(channel);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("Cannot lock a sandbox user id: " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    void release(int uid) {
        FileLock lock = held.remove(uid);
        if (lock != null) {
            closeQuietly(lock.channel());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; the system releases it at exit anyway.
        }
    }
}
