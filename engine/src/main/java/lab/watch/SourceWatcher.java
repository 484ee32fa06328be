package lab.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for the learner to save a {@code .java} file under the source tree (and its folders, new ones included).
 * An editor's save is often a burst (a temporary file, a rename, a change of attributes): the burst is taken as one
 * change once the tree has been quiet for a moment. Editors' backup and swap files are not Java sources and are ignored.
 */
final class SourceWatcher implements Saves {

    /** How long the tree must stay quiet before a burst of events counts as one save. */
    static final Duration QUIET = Duration.ofMillis(40);
    /** A burst that never settles is taken as it stands after this long. */
    static final Duration LONGEST_BURST = Duration.ofMillis(500);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    SourceWatcher(Path root) {
        this.root = root;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> awaitChange() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            take(service.take(), changed);
        }
        long deadline = System.nanoTime() + LONGEST_BURST.toNanos();
        while (System.nanoTime() < deadline) {
            WatchKey more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (more == null) {
                break;
            }
            take(more, changed);
        }
        return changed;
    }

    private void take(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add("(many files)");
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    changed.add(root.relativize(path) + "/");
                } catch (IOException e) {
                    changed.add(root.relativize(path) + "/ (not watched: " + e.getMessage() + ")");
                }
            } else if (path.getFileName().toString().endsWith(".java")) {
                changed.add(root.relativize(path).toString().replace('\\', '/'));
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
