package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import lab.backend.KataConfigurationException;
import lab.sandbox.Bubblewrap;
import lab.sandbox.ProcessLimits;
import lab.sandbox.SharedFiles;
import lab.watch.Trees;

/**
 * Starts JVMs under the strongest isolation this machine allows, probed once per grader run by starting
 * {@code java -version} through it: bubblewrap (under a user id of its own when the grader is root), else a container
 * of a JDK image ({@link ContainerEngine}), else a user id of its own (the grader being root); without any of them it
 * refuses, unless the facilitator asks for none. Each JVM gets a folder of its own, the only one it may write, and the
 * limits; when it runs as another user, the class path it needs is first linked or copied where that user may read
 * it. Close the sandbox to remove what it staged.
 */
public final class Sandbox implements AutoCloseable {

    static final String ISOLATION_PROPERTY = "grade.isolation";
    /** Where a bubblewrapped or contained JVM sees its folder and its class path. */
    static final Path FOLDER_INSIDE = Path.of("/sandbox");
    /** The language a judge and its learner JVMs run in, whatever the grader's. */
    static final String JUDGE_LANGUAGE = "C.UTF-8";
    private static final Path CLASSPATH_INSIDE = Path.of("/classpath");
    private static final Path INPUTS_INSIDE = Path.of("/inputs");
    private final Isolation isolation;
    /** The engine a container judge runs in; null for the other isolations. */
    private final ContainerEngine container;
    private final boolean ownUser;
    /** Whether {@code prlimit} is on this machine's PATH, looked for once. */
    private final boolean prlimitAtHand = ProcessLimits.onThisMachine();
    /** Folders a separate user's JVM must not see, in a mount namespace of its own; null: no namespaces. */
    private List<Path> hidden;
    private final Path root;
    private final RunUids uids = RunUids.ofThisMachine();
    private final Map<Path, Path> staged = new ConcurrentHashMap<>();
    /** Numbers the staged copies: submissions are staged at once, and all their class folders are named "classes". */
    private final java.util.concurrent.atomic.AtomicInteger stagedCount = new java.util.concurrent.atomic.AtomicInteger();

    private Sandbox(Isolation isolation, ContainerEngine container, boolean ownUser) {
        this.isolation = isolation;
        this.container = container;
        this.ownUser = ownUser;
        try {
            this.root = Files.createTempDirectory("kata-sandbox-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
            Files.createDirectories(root.resolve("runs"));
            Files.setPosixFilePermissions(root.resolve("runs"), PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * The strongest isolation that starts a JVM here, tried in turn: bubblewrap, a container, a user id of its own
     * (root only). {@code asked} ({@code -Dgrade.isolation=bubblewrap|container|separate-user}) names one, as the
     * strongest to try; {@code none}, and only that, grades without isolation; blank tries them all. {@code said}
     * hears one line of what was chosen, and of what would be stronger.
     */
    public static Sandbox strongestAvailable(String asked, Consumer<String> said) {
        return strongestAvailable(asked, List.of(), said);
    }

    /**
     * As {@link #strongestAvailable(String, Consumer)}; under a user id of its own, a JVM also runs in process and mount
     * namespaces of its own where the machine allows them, seeing none of the machine's other processes, and none of
     * {@code hidden} (the facilitator's folders), {@code /home}, {@code /root}, {@code /srv}, {@code /mnt},
     * {@code /media} and {@code /opt} but what it needs (the JDK).
     */
    public static Sandbox strongestAvailable(String asked, List<Path> hidden, Consumer<String> said) {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!asked.isEmpty() && java.util.Arrays.stream(Isolation.values()).noneMatch(mode -> mode.label().equals(asked))) {
            throw new KataConfigurationException("-D" + ISOLATION_PROPERTY + " is bubblewrap, container, separate-user or "
                    + "none, not '" + asked + "'");
        }
        if (asked.equals(Isolation.NONE.label())) {
            said.accept("WARNING: submissions run without isolation (-D" + ISOLATION_PROPERTY + "=none), as the grader's "
                    + "own user: they can read your files, reach the network and each other.");
            return new Sandbox(Isolation.NONE, null, false);
        }
        List<String> refused = new ArrayList<>();
        for (Isolation isolation : Isolation.values()) {
            if (isolation == Isolation.NONE || !asked.isEmpty() && isolation.ordinal() < Isolation.valueOf(
                    asked.toUpperCase(java.util.Locale.ROOT).replace('-', '_')).ordinal()) {
                continue;
            }
            if (isolation == Isolation.SEPARATE_USER && !root) {
                refused.add(isolation.label() + ": the grader is not root");
                continue;
            }
            ContainerEngine engine = null;
            if (isolation == Isolation.CONTAINER) {
                Optional<ContainerEngine> found = ContainerEngine.onThisMachine();
                if (found.isEmpty()) {
                    refused.add(isolation.label() + ": neither docker nor podman is on the PATH");
                    continue;
                }
                engine = found.get();
            }
            // In a container the judge is the container's root and its learner JVMs a user of their own (see
            // ContainerEngine): no user id of the machine's is needed.
            Sandbox sandbox = new Sandbox(isolation, engine, root && isolation != Isolation.CONTAINER);
            if (isolation == Isolation.SEPARATE_USER) {
                sandbox.hideInNamespaces(hidden);
                Optional<String> withNamespaces = sandbox.whyItCannotRun();
                if (withNamespaces.isEmpty()) {
                    said.accept("Isolation: " + sandbox.describe() + (refused.isEmpty() ? ""
                            : " (not stronger ones, " + String.join("; ", refused) + ")") + ".");
                    return sandbox;
                }
                // Without them (a machine or container that refuses new namespaces): the user id alone.
                refused.add("namespaces for " + isolation.label() + ": " + withNamespaces.get());
                sandbox.hidden = null;
            }
            Optional<String> why = sandbox.whyItCannotRun();
            if (why.isEmpty()) {
                said.accept("Isolation: " + sandbox.describe() + (refused.isEmpty() ? ""
                        : " (not stronger ones, " + String.join("; ", refused) + ")") + ".");
                return sandbox;
            }
            refused.add(isolation.label() + ": " + why.get());
            sandbox.close();
        }
        throw new KataConfigurationException("no isolation could start a submission's JVM here (" + String.join("; ", refused)
                + "): install bubblewrap (Linux), or start Docker or Podman, or grade as root; -D" + ISOLATION_PROPERTY
                + "=none grades without isolation, where submissions can read your files.");
    }

    /** The isolation and, for a container, its engine and image: what the console says once. */
    String describe() {
        if (container != null) {
            return isolation.label() + " (" + container.describe() + ")";
        }
        return hidden == null ? isolation.label() : isolation.label() + " (in process and mount namespaces of its own)";
    }

    /** What of {@code facilitators} and the machine's usual folders to hide: all but what holds the JDK or the sandbox. */
    private void hideInNamespaces(List<Path> facilitators) {
        Path javaHome = JavaCommand.currentJava().toAbsolutePath().getParent().getParent();
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/home"), Path.of("/root"), Path.of("/srv"),
                Path.of("/mnt"), Path.of("/media"), Path.of("/opt")));
        facilitators.forEach(folder -> candidates.add(folder.toAbsolutePath().normalize()));
        List<Path> hiding = candidates.stream().distinct().filter(Files::isDirectory)
                .filter(folder -> !javaHome.startsWith(folder) && !root.startsWith(folder) && !folder.startsWith(root))
                .filter(folder -> folder.getNameCount() > 0)
                .toList();
        // A folder inside another hidden one is hidden with it (and cannot be mounted over, being gone).
        hidden = hiding.stream().filter(folder -> hiding.stream().noneMatch(other -> !other.equals(folder)
                && folder.startsWith(other))).toList();
    }

    /**
     * The start of a separate user's command line in namespaces of its own (as root, before it drops to the user):
     * a process namespace with its own {@code /proc}, and a mount namespace where the hidden folders are empty.
     */
    private List<String> inNamespaces() {
        List<String> mounts = new ArrayList<>(List.of("mount -t proc proc /proc"));
        for (Path folder : hidden) {
            mounts.add("mount -t tmpfs -o size=64k,mode=755 tmpfs '" + folder.toString().replace("'", "'\\''") + "'");
        }
        return List.of("unshare", "--pid", "--fork", "--kill-child", "--mount", "--propagation", "private", "--",
                "/bin/sh", "-c", String.join(" && ", mounts) + " && exec \"$@\"", "sh");
    }

    public Isolation isolation() {
        return isolation;
    }

    /**
     * A folder every sandboxed JVM may read, at the same path as the grader sees it (its JVM shows it there with
     * {@link SandboxedRun#showAtItsPath}); what the grader writes there must be readable by all.
     */
    public Path sharedFolder(String name) {
        try {
            Path folder = Files.createDirectories(root.resolve(name));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a shared folder for the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * How the learner JVM image in {@code folder} is trained: in a container of the judges' image where judges run in
     * one (the archive holds for the JDK that made it alone), else by this JVM's JDK, here.
     */
    public UnaryOperator<List<String>> learnerImageTraining(Path folder) {
        return container == null ? UnaryOperator.identity() : line -> container.runJavaOnce(folder, line);
    }

    /** A run's own folder and user id; start its JVM with {@link SandboxedRun#start}. */
    public SandboxedRun prepare(String name) {
        Integer uid = ownUser ? uids.take().orElseThrow(() -> new IllegalStateException("more than " + RunUids.COUNT
                + " sandboxed JVMs at once on this machine")) : null;
        try {
            Path folder = Files.createDirectories(root.resolve("runs").resolve(name));
            return new SandboxedRun(this, folder, uid);
        } catch (IOException e) {
            release(uid);
            throw new UncheckedIOException("Cannot make a sandbox folder for " + name + ": " + e.getMessage(), e);
        }
    }

    void release(Integer uid) {
        if (uid != null) {
            uids.release(uid);
        }
    }

    /**
     * Whether a JVM started here has its processes limited by {@code prlimit}, and its learner JVMs theirs: under
     * bubblewrap and a separate user, and without isolation where it is at hand (Linux, not macOS or Windows); not in a
     * container, whose own limit (its process IDs) counts what runs in it.
     */
    boolean limitsProcesses() {
        return switch (isolation) {
            case BUBBLEWRAP, SEPARATE_USER -> true;
            case CONTAINER -> false;
            case NONE -> prlimitAtHand;
        };
    }

    /**
     * The limits of a JVM run as {@code uid}: as they are for a user id of its own; for the grader's own (no {@code uid}),
     * with room above the processes and threads the grader's user already has (a desktop's browser counts), since the
     * limit is on them all.
     */
    SandboxLimits forItsUser(SandboxLimits limits, Integer uid) {
        return uid != null || isolation == Isolation.CONTAINER ? limits : limits.withProcessesAbove(ProcessLimits.ofThisUser());
    }

    /** Where the JVM sees its own folder. */
    Path folderInside(Path folder) {
        return showsElsewhere() ? FOLDER_INSIDE : folder;
    }

    /** Whether the JVM sees its files at paths of its own: in bubblewrap and in a container. */
    private boolean showsElsewhere() {
        return isolation == Isolation.BUBBLEWRAP || isolation == Isolation.CONTAINER;
    }

    /** The whole command line that starts {@code command} in this sandbox, for the run in {@code folder}. */
    List<String> commandLine(JavaCommand command, Path folder, Integer uid, List<Path> inputs, List<Path> atTheirPaths,
                             Map<String, String> environment, SandboxLimits limits) {
        if (isolation == Isolation.CONTAINER) {
            return containerLine(command, folder, inputs, atTheirPaths, environment, limits);
        }
        List<String> line = new ArrayList<>();
        if (uid != null && hidden != null) {
            line.addAll(inNamespaces());
        }
        if (uid != null) {
            line.addAll(ProcessLimits.asUser(uid));
        }
        if (limitsProcesses()) {
            line.addAll(ProcessLimits.processesAndFileSize(limits.processes(), limits.fileBytes()));
        }
        if (isolation != Isolation.BUBBLEWRAP) {
            line.addAll(command.line(entry -> readable(entry).toString()));
            return line;
        }
        line.addAll(Bubblewrap.base(true, Optional.of(limits.tmpBytes())));
        Path javaHome = command.java().toAbsolutePath().getParent().getParent();
        if (!javaHome.startsWith("/usr")) {
            line.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
        }
        List<Path> classpath = command.classpath();
        for (int index = 0; index < classpath.size(); index++) {
            line.addAll(List.of("--ro-bind", readable(classpath.get(index)).toString(), inside(index, classpath.get(index))));
        }
        for (Path input : inputs) {
            line.addAll(List.of("--ro-bind", readable(input).toString(), inputInside(input).toString()));
        }
        for (Path shared : atTheirPaths) {
            line.addAll(List.of("--ro-bind", shared.toString(), shared.toString()));
        }
        line.addAll(List.of("--bind", folder.toString(), FOLDER_INSIDE.toString(), "--chdir", FOLDER_INSIDE.toString()));
        environment.forEach((name, value) -> line.addAll(List.of("--setenv", name, value)));
        line.add("--");
        line.addAll(command.line(entry -> inside(classpath.indexOf(entry), entry)));
        return line;
    }

    /** A container's command line: the engine's client starts it, and its JVM sees what bubblewrap's would. */
    private List<String> containerLine(JavaCommand command, Path folder, List<Path> inputs,
                                       List<Path> atTheirPaths, Map<String, String> environment, SandboxLimits limits) {
        Map<Path, String> readOnly = new java.util.LinkedHashMap<>();
        List<Path> classpath = command.classpath();
        for (int index = 0; index < classpath.size(); index++) {
            readOnly.put(readable(classpath.get(index)), inside(index, classpath.get(index)));
        }
        for (Path input : inputs) {
            readOnly.put(readable(input), inputInside(input).toString());
        }
        for (Path shared : atTheirPaths) {
            readOnly.put(shared, shared.toString());
        }
        List<String> java = new ArrayList<>(command.line(entry -> inside(classpath.indexOf(entry), entry)));
        java.set(0, "java");  // the image's own, on its PATH
        return container.run(containerName(folder), folder, FOLDER_INSIDE, readOnly, environment, limits, java);
    }

    /** The container of the run in {@code folder}: named after the sandbox and the run, so that it can be removed. */
    String containerName(Path folder) {
        return ("kata-" + root.getFileName() + "-" + folder.getFileName()).replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    /** Removes the run's container, if it runs in one. */
    void removeContainer(Path folder) {
        if (container != null) {
            container.remove(containerName(folder));
        }
    }

    /** Whether the run's JVM is the engine's client, which needs the grader's environment to reach the engine. */
    boolean startsThroughAnEngine() {
        return container != null;
    }

    /** Where the JVM sees a file or folder it reads: {@code input} itself, a copy, or where the sandbox shows it. */
    Path inputInside(Path input) {
        if (showsElsewhere()) {
            return INPUTS_INSIDE.resolve(Integer.toHexString(input.toAbsolutePath().hashCode()) + "-" + input.getFileName());
        }
        return readable(input);
    }

    private static String inside(int index, Path entry) {
        return CLASSPATH_INSIDE.resolve(index + "-" + entry.getFileName()).toString();
    }

    /** The entry itself, or, when the JVM runs as another user, a copy (or a link) where that user may read it. */
    private Path readable(Path entry) {
        if (!ownUser) {
            return entry;
        }
        return staged.computeIfAbsent(entry.toAbsolutePath(), original -> {
            Path copy = root.resolve("classpath").resolve(stagedCount.incrementAndGet() + "-" + original.getFileName());
            try {
                Files.createDirectories(copy.getParent());
                Files.setPosixFilePermissions(copy.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
                if (Files.isDirectory(original)) {
                    Trees.copy(original, copy);
                } else {
                    SharedFiles.linkOrCopy(original, copy);
                }
                SharedFiles.openToAll(copy);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stage " + original + " for the sandbox: " + e.getMessage(), e);
            }
            return copy;
        });
    }

    /**
     * The whole environment a judge starts with, its home being {@code home}: a path to the JDK's commands, the home
     * and a language. A container's path is its image's own, where the image keeps its java (eclipse-temurin's is
     * in /opt/java/openjdk/bin); the engine adds the container's name (and Podman its own two variables), which the
     * judge does not pass on to its learner JVMs.
     */
    Map<String, String> judgeEnvironment(Path home) {
        return isolation == Isolation.CONTAINER ? Map.of("HOME", home.toString(), "LANG", JUDGE_LANGUAGE)
                : Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", home.toString(), "LANG", JUDGE_LANGUAGE);
    }

    /**
     * Starts {@code java -version} through the sandbox (with bubblewrap, in a second sandbox inside the first, as
     * learner JVMs run): empty when it ran, else the first thing it said.
     */
    private Optional<String> whyItCannotRun() {
        if (isolation == Isolation.CONTAINER) {
            Optional<String> engine = container.whyItCannotRun();
            if (engine.isPresent()) {
                return engine;
            }
            // With a judge's own options (its limits among them, which some engines refuse): java starts, as a learner
            // JVM does there.
            try (SandboxedRun probe = prepare("probe")) {
                return Bubblewrap.whyItFails(container.run(containerName(probe.folder()), probe.folder(),
                        FOLDER_INSIDE, Map.of(), judgeEnvironment(FOLDER_INSIDE), SandboxLimits.SUBMISSION,
                        ContainerEngine.javaAsALearner(SandboxLimits.SUBMISSION)))
                        .map(why -> "a judge's container does not start java as a user of its own (setpriv and "
                                + "prlimit, from util-linux, with the judge's limits): " + why);
            }
        }
        try (SandboxedRun probe = prepare("probe")) {
            JavaCommand version = new JavaCommand(JavaCommand.currentJava(), List.of("-version"), List.of(), "", List.of());
            SandboxLimits limits = forItsUser(SandboxLimits.SUBMISSION, probe.uid());
            List<String> line = new ArrayList<>(commandLine(version, probe.folder(), probe.uid(), List.of(), List.of(),
                    Map.of(), limits));
            line.remove(line.size() - 1);
            if (isolation == Isolation.BUBBLEWRAP) {
                // The judge starts each learner JVM in a bubblewrap sandbox of its own, inside this one: try that too.
                List<String> learner = new ArrayList<>(ProcessLimits.processes(limits.learnerProcesses()));
                learner.addAll(List.of("bwrap", "--unshare-all", "--die-with-parent",
                        "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--"));
                line.addAll(line.lastIndexOf("--") + 1, learner);
            }
            return Bubblewrap.whyItFails(line);
        }
    }

    @Override
    public void close() {
        try {
            Trees.delete(root);
        } catch (IOException leftBehind) {
            // A temporary folder the system cleans up in time.
        }
    }
}
