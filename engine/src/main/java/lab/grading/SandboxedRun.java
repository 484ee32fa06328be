package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import lab.watch.Trees;

/**
 * One JVM's place in a {@link Sandbox}: its folder, the only one it may write, holding {@code home/tmp}, and its user
 * id when it has one of its own. Closing it stops whatever that user id left running and removes the folder.
 */
public final class SandboxedRun implements AutoCloseable {

    private final Sandbox sandbox;
    private final Path folder;
    private final Integer uid;
    private final List<Path> inputs = new ArrayList<>();
    private final List<Path> atTheirPaths = new ArrayList<>();

    SandboxedRun(Sandbox sandbox, Path folder, Integer uid) throws IOException {
        this.sandbox = sandbox;
        this.folder = folder;
        this.uid = uid;
        Files.createDirectories(folder.resolve("home").resolve("tmp"));
        makeItsOwn(folder);
    }

    /**
     * Makes everything under {@code tree}, inside the run's folder, its JVM's own and no one else's; in a container,
     * where the judge hands the submission's classes to learner JVMs of another user id, readable by all and
     * writable by the judge alone.
     */
    void makeItsOwn(Path tree) throws IOException {
        if (sandbox.isolation() == Isolation.CONTAINER) {
            lab.sandbox.SharedFiles.openToAll(tree);
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                if (uid != null) {
                    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    public Isolation isolation() {
        return sandbox.isolation();
    }

    /** The folder as the grader sees it. */
    public Path folder() {
        return folder;
    }

    /** The folder as the JVM sees it. */
    public Path inside() {
        return sandbox.folderInside(folder);
    }

    /** Shows the JVM a file or folder it only reads, and says where it sees it. */
    public Path show(Path input) {
        inputs.add(input.toAbsolutePath());
        return sandbox.inputInside(input.toAbsolutePath());
    }

    /** Shows the JVM a folder of {@link Sandbox#sharedFolder} where the grader sees it, to read only. */
    public Path showAtItsPath(Path shared) {
        atTheirPaths.add(shared.toAbsolutePath());
        return shared.toAbsolutePath();
    }

    Integer uid() {
        return uid;
    }

    /** Starts the JVM with exactly this environment; its console is the process's input stream, errors included. */
    public Process start(JavaCommand command, Map<String, String> environment, SandboxLimits limits) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(sandbox.commandLine(command, folder, uid, inputs, atTheirPaths,
                environment, limits)).directory(folder.toFile()).redirectErrorStream(true);
        if (!sandbox.startsThroughAnEngine()) {
            // A container's environment is on its command line; the engine's client keeps the grader's, to reach it.
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        return builder.start();
    }

    /** How many bytes the folder holds now. */
    public long bytesUsed() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException | UncheckedIOException changing) {
            return 0;
        }
    }

    @Override
    public void close() {
        sandbox.removeContainer(folder);
        if (uid != null) {
            stopEverythingOf(uid);
        }
        try {
            Trees.delete(folder);
        } catch (IOException leftBehind) {
            // Removed with the sandbox's own folder.
        }
        sandbox.release(uid);
    }

    /**
     * Stops every process whose real user id is {@code uid}: what a run left behind, forks included (all given one
     * moment together to go, so that none is left to start another; a run that left hundreds waits that moment once,
     * not once for each).
     */
    static void stopEverythingOf(int uid) {
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> left = ProcessHandle.allProcesses().filter(process -> realUid(process) == uid).toList();
            if (left.isEmpty()) {
                return;
            }
            left.forEach(ProcessHandle::destroyForcibly);
            CompletableFuture.allOf(left.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .completeOnTimeout(null, 2, TimeUnit.SECONDS).join();
        }
    }

    private static int realUid(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
        return -1;
    }
}
