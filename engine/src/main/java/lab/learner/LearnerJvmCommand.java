package lab.learner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import lab.backend.KataConfigurationException;
import lab.client.Clients;
import lab.learner.agent.LearnerAgent;
import lab.sandbox.Bubblewrap;
import lab.sandbox.ProcessLimits;

/**
 * How a learner JVM is started: this JVM's {@code java}, flags that make a short-lived JVM start fast, and a class path
 * of the AWS SDK and the agent alone: the agent's package and the client factory, copied into a directory of their
 * own, so that nothing else of the harness is there. The learner's classes are not on it: each call names them. Where
 * many learner JVMs will start (grading), they start from a {@link LearnerJvmImage} made ahead instead: the same
 * classes as jars, with a class-data archive.
 */
public final class LearnerJvmCommand implements AutoCloseable {

    /** The heap of a learner JVM. */
    static final String HEAP = "256m";
    /**
     * {@code -Dkata.learner.sandbox=bubblewrap} (the grader's judge sets it) starts each learner JVM in a bubblewrap
     * sandbox of its own: no network (the lab endpoint is a socket file shown to it), no other process in sight, and
     * nothing of the file system but the JDK, its class path, the learner's classes and a private {@code /tmp}.
     */
    public static final String SANDBOX_PROPERTY = "kata.learner.sandbox";
    public static final String BUBBLEWRAP = "bubblewrap";
    /** The start of {@code -Dkata.learner.sandbox=user:UID}: each learner JVM runs as that user id, the judge as root. */
    public static final String USER = "user:";
    /**
     * {@code -Dkata.learner.processes=N} (the grader's judge sets it) starts each learner JVM with at most N processes
     * and threads of its user id, counted with every other process of that user: all the learner JVMs of a judge
     * together, and the judge itself where it shares their user id.
     */
    public static final String PROCESSES_PROPERTY = "kata.learner.processes";
    private final Path agentClasses;
    private final List<String> command;
    private final Path endpointSocket;
    private final Path archive;

    private LearnerJvmCommand(Path agentClasses, List<String> command, Path endpointSocket, Path archive) {
        this.agentClasses = agentClasses;
        this.command = List.copyOf(command);
        this.endpointSocket = endpointSocket;
        this.archive = archive;
    }

    /**
     * Where a sandboxed learner JVM finds the lab endpoint: a socket file the endpoint must also listen at; empty when
     * learner JVMs share the harness's network.
     */
    Optional<Path> endpointSocket() {
        return Optional.ofNullable(endpointSocket);
    }

    /** As {@link #forThisJvm}, in a bubblewrap sandbox when the settings ask ({@code -Dkata.learner.sandbox=bubblewrap}). */
    static LearnerJvmCommand configured(Path learnerClasses, LearnerSettings settings) {
        LearnerJvmCommand sandboxed = sandboxed(learnerClasses, settings);
        return settings.processes() > 0 ? sandboxed.withProcesses(settings.processes()) : sandboxed;
    }

    private static LearnerJvmCommand sandboxed(Path learnerClasses, LearnerSettings settings) {
        LearnerJvmCommand plain = forThisJvm(settings.image());
        String asked = settings.sandbox();
        if (asked.isEmpty()) {
            return plain;
        }
        if (asked.startsWith(USER) && asked.substring(USER.length()).matches("[1-9][0-9]{0,9}")) {
            return plain.asUser(Integer.parseInt(asked.substring(USER.length())));
        }
        if (!asked.equals(BUBBLEWRAP) || learnerClasses == null) {
            throw new KataConfigurationException("-D" + SANDBOX_PROPERTY + " is " + BUBBLEWRAP
                    + " (with the learner's classes known) or " + USER + "UID, not '" + asked + "'");
        }
        return plain.inBubblewrap(learnerClasses);
    }

    /** The processes a learner JVM may reach ({@code -Dkata.learner.processes}), or 0 where none is set. */
    static int processesAllowed() {
        String asked = System.getProperty(PROCESSES_PROPERTY, "").trim();
        if (asked.isEmpty()) {
            return 0;
        }
        if (!asked.matches("[1-9][0-9]{0,8}")) {
            throw new KataConfigurationException("-D" + PROCESSES_PROPERTY + " is a number of processes, such as 768, "
                    + "not '" + asked + "'");
        }
        return Integer.parseInt(asked);
    }

    /**
     * The same JVM, started with at most {@code processes} processes and threads of its user id: a limit it keeps
     * through its sandbox and its change of user, so that its threads cannot take what the judge needs.
     */
    private LearnerJvmCommand withProcesses(int processes) {
        List<String> line = new ArrayList<>(ProcessLimits.processes(processes));
        line.addAll(command);
        return new LearnerJvmCommand(agentClasses, line, endpointSocket, archive);
    }

    /**
     * The same JVM, started as {@code uid} with no privileges (a container judge runs as root, its learner JVMs as a
     * user of their own, who cannot read the judge's memory, write its files or signal it), and with the judge's path,
     * home and language alone of its environment (not what the container engine or the image added to the judge's).
     */
    private LearnerJvmCommand asUser(int uid) {
        List<String> line = new ArrayList<>(List.of("env", "-i"));
        for (String kept : List.of("PATH", "HOME", "LANG")) {
            Optional.ofNullable(System.getenv(kept)).ifPresent(value -> line.add(kept + "=" + value));
        }
        line.addAll(ProcessLimits.asUser(uid));
        line.addAll(command);
        return new LearnerJvmCommand(agentClasses, line, endpointSocket, archive);
    }

    private LearnerJvmCommand inBubblewrap(Path learnerClasses) {
        try {
            Path socketDirectory = Files.createTempDirectory("kata-endpoint-");
            Files.setPosixFilePermissions(socketDirectory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            List<String> line = new ArrayList<>(Bubblewrap.base(false, Optional.empty()));
            line.addAll(List.of("--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8", "--setenv", "HOME", "/tmp"));
            Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
            List<Path> shown = new ArrayList<>(List.of(javaHome, learnerClasses.toAbsolutePath()));
            int classpathAt = command.indexOf("-cp") + 1;
            for (String entry : command.get(classpathAt).split(File.pathSeparator)) {
                shown.add(Path.of(entry).toAbsolutePath());
            }
            if (archive != null) {
                shown.add(archive);
            }
            for (Path path : shown) {
                if (!path.startsWith("/usr")) {
                    line.addAll(List.of("--ro-bind", path.toString(), path.toString()));
                }
            }
            line.addAll(List.of("--bind", socketDirectory.toString(), socketDirectory.toString(), "--chdir", "/tmp", "--"));
            List<String> java = new ArrayList<>(command);
            java.replaceAll(argument -> argument.startsWith("-Duser.home=") ? "-Duser.home=/tmp" : argument);
            line.addAll(java);
            List<String> probe = new ArrayList<>(line.subList(0, line.indexOf("--") + 1));
            probe.add("/usr/bin/true");
            Bubblewrap.whyItFails(probe).ifPresent(why -> {
                throw new KataConfigurationException("A learner JVM cannot start in its sandbox: " + why);
            });
            return new LearnerJvmCommand(agentClasses, line, socketDirectory.resolve("endpoint.sock"), archive);
        } catch (IOException e) {
            throw new UncheckedIOException("A learner JVM's sandbox could not be prepared: " + e.getMessage(), e);
        }
    }

    /** A learner JVM of this JVM's agent and SDK, from the image in {@code imageFolder} where one is named. */
    static LearnerJvmCommand forThisJvm(String imageFolder) {
        if (imageFolder != null && !imageFolder.isBlank()) {
            return from(LearnerJvmImage.at(Path.of(imageFolder.trim())));
        }
        List<String> sdk = LearnerClasspath.sdk();
        if (sdk.stream().noneMatch(entry -> entry.contains("dynamodb"))) {
            throw new KataConfigurationException("A learner JVM needs the AWS SDK's jars, and this JVM's class path has "
                    + "none under software/amazon/awssdk: run the lab with Maven, or -Dkata.learner=in-process");
        }
        Path agent = copyOfTheAgent();
        List<String> classpath = new ArrayList<>(List.of(agent.toString()));
        classpath.addAll(sdk);
        return new LearnerJvmCommand(agent, javaLine(classpath, List.of()), null, null);
    }

    /** A learner JVM started from an image made ahead: its jars, and its archive if it has one. */
    static LearnerJvmCommand from(LearnerJvmImage image) {
        Optional<Path> archive = image.archive();
        List<String> options = archive.map(made -> List.of("-XX:SharedArchiveFile=" + made)).orElse(List.of());
        return new LearnerJvmCommand(null, javaLine(image.classpath(), options), null, archive.orElse(null));
    }

    /**
     * C1 compiles a method after a tenth of the calls it waits for by default. The learner JVM's hot paths (the SDK's
     * marshalling and signing) run once or twice per call, so by default watch mode's first ten saves or so ran them
     * interpreted: its rerun of exercise 03 took 413, 437, 382 and 403 ms (medians) with this, 465, 438, 439 and 484 ms
     * without, in alternation; the solutions' test run took the same (23.7 and 20.5 s, against 23.8 and 20.2 s).
     */
    private static final String COMPILE_SOONER = "-XX:CompileThresholdScaling=0.1";

    /**
     * The java command of a learner JVM on this class path, with these options too. The JVM's own warnings go to
     * standard error, like the learner's output: standard output carries the frames.
     */
    static List<String> javaLine(List<String> classpath, List<String> options) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", COMPILE_SOONER, "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xmx" + HEAP,
                "-Xss1m", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+DisplayVMOutputToStderr",
                "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // The lab's home is the learner's too: a submission being graded has one of its own, holding no secrets.
                "-Duser.home=" + System.getProperty("user.home")));
        line.addAll(options);
        line.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), LearnerAgent.class.getName()));
        return line;
    }

    List<String> command() {
        return command;
    }

    /** The same agent, started by another command line (for the pool's tests). */
    LearnerJvmCommand startedBy(List<String> line) {
        return new LearnerJvmCommand(agentClasses, line, endpointSocket, archive);
    }

    /** The agent's class files taken out of the harness's jar, once a JVM. */
    private static Map<String, Path> unpacked;

    /** The agent's package and the client factory, copied from where this JVM loaded them. */
    private static Path copyOfTheAgent() {
        try {
            Path target = Files.createTempDirectory("kata-learner-agent");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(target), "remove-learner-agent"));
            for (Map.Entry<String, Path> file : agentClassFiles().entrySet()) {
                Path into = target.resolve(file.getKey());
                Files.createDirectories(into.getParent());
                Files.copy(file.getValue(), into, StandardCopyOption.REPLACE_EXISTING);
            }
            // Every user may read it: a learner JVM may run as a user of its own (user:UID), never write it.
            lab.sandbox.SharedFiles.openToAll(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The learner JVM's agent could not be prepared: " + e.getMessage(), e);
        }
    }

    /**
     * The class files a learner JVM runs of the harness, by their names in a class path entry: the agent's package and
     * the client factory.
     */
    static Map<String, Path> agentClassFiles() throws IOException {
        java.net.URL agent = LearnerAgent.class.getResource(LearnerAgent.class.getSimpleName() + ".class");
        if (agent != null && "jar".equals(agent.getProtocol())) {
            return unpackedFromTheHarnessJar(agent);
        }
        Map<String, Path> files = new TreeMap<>();
        Path directory = classFile(LearnerAgent.class).getParent();
        String packageFolder = LearnerAgent.class.getPackageName().replace('.', '/');
        try (Stream<Path> listed = Files.list(directory)) {
            for (Path file : listed.filter(path -> path.toString().endsWith(".class")).toList()) {
                files.put(packageFolder + "/" + file.getFileName(), file);
            }
        }
        files.put(Clients.class.getName().replace('.', '/') + ".class", classFile(Clients.class));
        return files;
    }

    /**
     * The same class files, when this JVM loads the harness from its jar (a build that packaged it, such as
     * {@code mvn verify}): taken out of the jar into a folder of this JVM's, once.
     */
    private static synchronized Map<String, Path> unpackedFromTheHarnessJar(java.net.URL agent) throws IOException {
        if (unpacked != null) {
            return unpacked;
        }
        String packageFolder = LearnerAgent.class.getPackageName().replace('.', '/') + "/";
        String clients = Clients.class.getName().replace('.', '/') + ".class";
        Path target = Files.createTempDirectory("kata-harness-classes");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(target), "remove-harness-classes"));
        Map<String, Path> files = new TreeMap<>();
        java.net.JarURLConnection connection = (java.net.JarURLConnection) agent.openConnection();
        connection.setUseCaches(false);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(connection.getJarFileURL().getFile())) {
            for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                boolean agentClass = name.startsWith(packageFolder) && name.endsWith(".class")
                        && name.indexOf('/', packageFolder.length()) < 0;
                if (agentClass || name.equals(clients)) {
                    Path into = target.resolve(name);
                    Files.createDirectories(into.getParent());
                    try (java.io.InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, into, StandardCopyOption.REPLACE_EXISTING);
                    }
                    files.put(name, into);
                }
            }
        }
        unpacked = files;
        return unpacked;
    }

    /** The copy goes with the run that made it: learners run the lab hundreds of times. */
    private static void removeQuietly(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException gone) {
            // Only a temporary folder is left behind.
        }
    }

    private static Path classFile(Class<?> type) {
        try {
            java.net.URL resource = type.getResource(type.getSimpleName() + ".class");
            Path file = resource == null ? null : Path.of(resource.toURI());
            if (file == null || !Files.isRegularFile(file)) {
                throw new KataConfigurationException("A learner JVM needs the harness's compiled classes as files; "
                        + type.getName() + " is not one: use -Dkata.learner=in-process");
            }
            return file;
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException | IllegalArgumentException notAFile) {
            throw new KataConfigurationException("A learner JVM needs the harness's compiled classes as files; "
                    + type.getName() + " is not one: use -Dkata.learner=in-process");
        }
    }

    /** Removes the agent's copy, and the sandbox's socket directory if there is one. */
    @Override
    public void close() {
        if (agentClasses != null) {
            removeQuietly(agentClasses);
        }
        if (endpointSocket != null) {
            removeQuietly(endpointSocket.getParent());
        }
    }
}
