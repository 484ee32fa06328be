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
import java.util.stream.Stream;

import lab.backend.KataConfigurationException;
import lab.client.Clients;
import lab.learner.agent.LearnerAgent;

/**
 * How a learner JVM is started: this JVM's {@code java}, flags that make a short-lived JVM start fast, and a class path
 * of the AWS SDK and the agent alone: the agent's package and the client factory, copied into a directory of their
 * own, so that nothing else of the harness is there. The learner's classes are not on it: each call names them.
 */
final class LearnerJvmCommand implements AutoCloseable {

    /** The heap of a learner JVM. */
    static final String HEAP = "256m";

    private final Path agentClasses;
    private final List<String> command;

    private LearnerJvmCommand(Path agentClasses, List<String> command) {
        this.agentClasses = agentClasses;
        this.command = List.copyOf(command);
    }

    static LearnerJvmCommand forThisJvm() {
        List<String> sdk = LearnerClasspath.sdk();
        if (sdk.stream().noneMatch(entry -> entry.contains("dynamodb"))) {
            throw new KataConfigurationException("A learner JVM needs the AWS SDK's jars, and this JVM's class path has "
                    + "none under software/amazon/awssdk: run the lab with Maven, or -Dkata.learner=in-process");
        }
        Path agent = copyOfTheAgent();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xmx" + HEAP,
                "-Xss1m", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // The lab's home is the learner's too: a submission being graded has one of its own, holding no secrets.
                "-Duser.home=" + System.getProperty("user.home"),
                "-cp", agent + File.pathSeparator + String.join(File.pathSeparator, sdk),
                LearnerAgent.class.getName()));
        return new LearnerJvmCommand(agent, command);
    }

    List<String> command() {
        return command;
    }

    /** The agent's package and the client factory, copied from where this JVM loaded them. */
    private static Path copyOfTheAgent() {
        try {
            Path target = Files.createTempDirectory("kata-learner-agent");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(target), "remove-learner-agent"));
            copyPackage(LearnerAgent.class, target);
            copyClass(Clients.class, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The learner JVM's agent could not be prepared: " + e.getMessage(), e);
        }
    }

    /** The copy goes with the run that made it: learners run the lab hundreds of times. */
    private static void removeQuietly(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException gone) {
            // Only a temporary folder is left behind.
        }
    }

    private static void copyPackage(Class<?> member, Path target) throws IOException {
        Path directory = classFile(member).getParent();
        Path into = target.resolve(member.getPackageName().replace('.', File.separatorChar));
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                Files.copy(file, into.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyClass(Class<?> type, Path target) throws IOException {
        Path into = target.resolve(type.getName().replace('.', File.separatorChar) + ".class");
        Files.createDirectories(into.getParent());
        Files.copy(classFile(type), into, StandardCopyOption.REPLACE_EXISTING);
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

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(agentClasses)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary directory: the system's to clean up then.
        }
    }
}
