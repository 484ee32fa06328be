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
 *
 * <p>Such a lock belongs to the process, not to the channel that took it: closing any channel of this JVM on the file
 * lets it go. So a file whose id this JVM holds, through any {@code RunUids}, is never opened again until it is
 * released; otherwise a second grader in the same JVM, trying that id and closing its channel, would hand the id to
 * a grader in another process while the first still uses it, and each would stop the other's runs.
 */
final class RunUids {

    static final int FIRST = 64100;
    static final int COUNT = 64;

    /**
     * The lock files this JVM holds, by path, whichever {@code RunUids} took them: the one state kept for the whole JVM,
     * because the system keeps these locks for the whole process.
     */
    private static final Map<Path, FileLock> HELD_BY_THIS_JVM = new ConcurrentHashMap<>();

    private final Path locks;

    RunUids(Path locks) {
        this.locks = locks.toAbsolutePath().normalize();
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
            if (tryToHold(locks.resolve(uid + ".lock"))) {
                return Optional.of(uid);
            }
        }
        return Optional.empty();
    }

    /** Whether this JVM now holds the lock of {@code file}, which it did not hold before. */
    private static boolean tryToHold(Path file) {
        boolean[] taken = {false};
        HELD_BY_THIS_JVM.computeIfAbsent(file, unheld -> {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                taken[0] = true;
                return lock;
            } catch (OverlappingFileLockException | IOException e) {
                closeQuietly(channel);
                if (e instanceof IOException failed) {
                    throw new UncheckedIOException("Cannot lock a sandbox user id: " + failed.getMessage(), failed);
                }
                return null;
            }
        });
        return taken[0];
    }

    void release(int uid) {
        FileLock lock = HELD_BY_THIS_JVM.remove(locks.resolve(uid + ".lock"));
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
