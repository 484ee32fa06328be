package lab.watch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.Set;

/**
 * The learner's saves under a source tree, as watch mode waits for them: the system's file events where the JDK has
 * them (Linux, Windows), else a look at the tree's Java files every few milliseconds. The JDK's stand-in on macOS
 * polls every 10 seconds on JDK 17 (every second from JDK 19), far too slowly for a save to be seen at once.
 */
interface Saves extends AutoCloseable {

    /** Blocks until a Java source changes; answers the files of the burst, relative to the source tree. */
    Set<String> awaitChange() throws InterruptedException;

    @Override
    void close() throws IOException;

    /** The saves under {@code root}, seen the fastest way this platform offers. */
    static Saves under(Path root) {
        return eventsArePolled() ? new SourcePoller(root) : new SourceWatcher(root);
    }

    /** Whether the JDK's WatchService here is its polling stand-in (macOS, the BSDs, AIX). */
    private static boolean eventsArePolled() {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            return service.getClass().getName().endsWith("PollingWatchService");
        } catch (IOException | UnsupportedOperationException none) {
            return true;
        }
    }
}
