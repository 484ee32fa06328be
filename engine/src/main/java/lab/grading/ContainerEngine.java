package lab.grading;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import lab.sandbox.Bubblewrap;
import lab.sandbox.ProcessLimits;

/**
 * A container engine that answers on this machine (Docker, Docker Desktop, Podman: the {@code docker} or {@code podman}
 * command), and the small JDK image a container judge runs in ({@code -Dgrade.container.image}, by default
 * {@value #DEFAULT_IMAGE}). Each judge is one {@code run -i} of that image: no network, a read-only root, a private
 * {@code /tmp}, its own process namespace, no capabilities, limits on memory, CPU and processes, and nothing of the host
 * but what is mounted, read-only except the judge's own folder.
 */
final class ContainerEngine {

    /** The image judges run in; any with a Java 17 or later on its PATH will do. */
    static final String DEFAULT_IMAGE = "eclipse-temurin:17-jre";
    static final String IMAGE_PROPERTY = "grade.container.image";
    static final String ENGINE_PROPERTY = "grade.container.engine";
    /** What a judge's container may hold in memory: the judge's heap, its store, and a learner JVM a core. */
    static final String MEMORY = "3g";
    /** The user id a container judge's learner JVMs run as ("nobody"): not the judge's, which is the container's root. */
    static final int LEARNER_UID = 65534;
    /**
     * What the judge, the container's root, keeps of root's powers: to write its folder whoever owns it on the host,
     * to start learner JVMs as {@link #LEARNER_UID}, and to stop what they leave. The learner JVMs keep none.
     */
    private static final List<String> JUDGE_CAPABILITIES = List.of("DAC_OVERRIDE", "SETUID", "SETGID", "KILL");
    /** Podman's open files for a container's processes, each: a judge's JVM, its store and learner JVMs need hundreds. */
    private static final int PODMAN_OPEN_FILES = 8192;
    /** Podman's processes per user id: far above a judge's own limit (--pids-limit), which is the one that binds. */
    private static final int PODMAN_PROCESSES = 8192;
    /** How long pulling the image may take, the first time. */
    private static final long PULL_SECONDS = 600;

    private final String command;
    private final String image;

    private ContainerEngine(String command, String image) {
        this.command = command;
        this.image = image;
    }

    /** The engine {@code -Dgrade.container.engine} names, else docker, else podman, if one is on the PATH. */
    static Optional<ContainerEngine> onThisMachine() {
        String image = System.getProperty(IMAGE_PROPERTY, "").trim();
        image = image.isEmpty() ? DEFAULT_IMAGE : image;
        String named = System.getProperty(ENGINE_PROPERTY, "").trim();
        for (String candidate : named.isEmpty() ? List.of("docker", "podman") : List.of(named)) {
            Optional<Path> found = onThePath(candidate);
            if (found.isPresent()) {
                return Optional.of(new ContainerEngine(found.get().toString(), image));
            }
        }
        return Optional.empty();
    }

    /** Why no container can run here, if none can: the engine answers, and the image is there (pulled if need be). */
    Optional<String> whyItCannotRun() {
        Optional<String> engine = Bubblewrap.whyItFails(List.of(command, "version"));
        if (engine.isPresent()) {
            return Optional.of(name() + " does not answer: " + engine.get());
        }
        if (Bubblewrap.whyItFails(List.of(command, "image", "inspect", image)).isPresent()) {
            Optional<String> pulled = pull();
            if (pulled.isPresent()) {
                return Optional.of("the image " + image + " could not be pulled: " + pulled.get());
            }
        }
        return Optional.empty();
    }

    /**
     * What a probe runs in a judge's container: java, started as a learner JVM is, as {@link #LEARNER_UID} with a
     * learner's processes.
     */
    static List<String> javaAsALearner(SandboxLimits limits) {
        List<String> line = new ArrayList<>(ProcessLimits.processes(limits.learnerProcesses()));
        line.addAll(ProcessLimits.asUser(LEARNER_UID));
        line.addAll(List.of("java", "-version"));
        return line;
    }

    /**
     * The command line that runs {@code commandLine} (found on the image's PATH) in a container named {@code name}:
     * as the container's root, in {@code folder} (mounted read-write at {@code inside}), with the read-only mounts given (host
     * path to the path the judge sees), this environment and these limits.
     */
    List<String> run(String name, Path folder, Path inside, Map<Path, String> readOnly,
                     Map<String, String> environment, SandboxLimits limits, List<String> commandLine) {
        List<String> line = confinedRun();
        line.addAll(List.of("--name", name));
        JUDGE_CAPABILITIES.forEach(capability -> line.addAll(List.of("--cap-add", capability)));
        line.addAll(List.of("--pids-limit", Integer.toString(limits.processes()), "--memory", MEMORY, "--memory-swap", MEMORY,
                "--cpus", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors())),
                "--ulimit", "fsize=" + limits.fileBytes(),
                "--tmpfs", "/tmp:rw,nosuid,nodev,size=" + limits.tmpBytes(),
                "--user", "0:0", "--workdir", inside.toString(),
                "--volume", folder + ":" + inside + ":rw"));
        readOnly.forEach((host, seen) -> line.addAll(List.of("--volume", host + ":" + seen + ":ro")));
        environment.forEach((variable, value) -> line.addAll(List.of("--env", variable + "=" + value)));
        line.add(image);
        line.addAll(commandLine);
        return line;
    }

    /**
     * The command line that runs {@code javaLine} (its first word, the host's java, replaced by the image's) once in a
     * container of the image, with no network and nothing of the host but {@code folder}, read-write at its own path:
     * how a judge's learner JVM image is trained with the JDK the judges run. Docker's runs as the folder's owner, so
     * that what it writes there is the grader's (Podman's root is the user who runs it already).
     */
    List<String> runJavaOnce(Path folder, List<String> javaLine) {
        String user = "0:0";
        if (name().equals("docker")) {
            try {
                user = Files.getAttribute(folder, "unix:uid") + ":" + Files.getAttribute(folder, "unix:gid");
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException noOwner) {
                // Windows: Docker Desktop's files belong to whoever shares them.
            }
        }
        List<String> line = confinedRun();
        line.addAll(List.of("--tmpfs", "/tmp:rw,nosuid,nodev,mode=1777", "--user", user,
                "--volume", folder + ":" + folder + ":rw", image, "java"));
        line.addAll(javaLine.subList(1, javaLine.size()));
        return line;
    }

    /**
     * The start of every container the grader runs, a judge or a one-off: removed when it ends, with no network, a
     * read-only root, no capabilities (a judge adds back its own) and no new privileges.
     */
    private List<String> confinedRun() {
        List<String> line = new ArrayList<>(List.of(command, "run", "-i", "--rm", "--network", "none", "--read-only",
                "--cap-drop", "ALL", "--security-opt", "no-new-privileges"));
        if (name().equals("podman")) {
            // Podman sets a container's open files and processes to its own large defaults, which a machine that will
            // not let root raise its limits (a grader in a container itself) refuses: "error setting rlimit". A judge
            // needs far fewer; Docker's daemon gives its own.
            line.addAll(List.of("--ulimit", "nofile=" + PODMAN_OPEN_FILES + ":" + PODMAN_OPEN_FILES,
                    "--ulimit", "nproc=" + PODMAN_PROCESSES + ":" + PODMAN_PROCESSES));
        }
        return line;
    }

    /** Removes the container, whatever it is doing: a judge stopped from outside leaves none behind. */
    void remove(String name) {
        try {
            Process removal = new ProcessBuilder(command, "rm", "--force", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!removal.waitFor(30, TimeUnit.SECONDS)) {
                removal.destroyForcibly();
            }
        } catch (IOException e) {
            // The engine is gone: so is its container.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "docker with eclipse-temurin:17-jre", for the console and the gradebook. */
    String describe() {
        return name() + " with " + image;
    }

    private String name() {
        return Path.of(command).getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private Optional<String> pull() {
        try {
            Process pull = new ProcessBuilder(command, "pull", image).redirectErrorStream(true).start();
            pull.getOutputStream().close();
            String said = new String(pull.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!pull.waitFor(PULL_SECONDS, TimeUnit.SECONDS)) {
                pull.destroyForcibly();
                return Optional.of("not pulled in " + PULL_SECONDS + " s");
            }
            return pull.exitValue() == 0 ? Optional.empty()
                    : Optional.of(said.lines().reduce((first, last) -> last).orElse("exit status " + pull.exitValue()));
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static Optional<Path> onThePath(String executable) {
        if (executable.contains(File.separator)) {
            Path given = Path.of(executable);
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, executable);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
