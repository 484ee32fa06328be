package lab.learner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import lab.backend.KataConfigurationException;
import lab.sandbox.SharedFiles;

/**
 * What many learner JVMs start from when it is made ahead of them (the grader makes one for a whole class): the agent
 * as a jar, the SDK's jars beside it, and a class-data archive of every class a learner JVM loads to get ready, which
 * roughly halves each start. Its folder is read at the same path wherever a learner JVM starts, sandbox or not: the
 * archive holds only for the very jars, at the very paths, it was made with.
 *
 * <p>{@code -Dkata.learner.image=<folder>} names one; without it, learner JVMs start from a copy of the agent's classes
 * and no archive (a run with a few learner JVMs would spend more making the archive than it saves).
 */
public final class LearnerJvmImage {

    public static final String PROPERTY = "kata.learner.image";
    private static final String AGENT_JAR = "agent.jar";
    private static final String SDK = "sdk";
    private static final String CLASSPATH = "classpath.txt";
    private static final String ARCHIVE = "learner.jsa";
    /** How long making the archive may take: a learner JVM's start and exit. */
    private static final long TRAINING_SECONDS = 60;

    private final Path folder;
    private final List<String> classpath;

    private LearnerJvmImage(Path folder, List<String> classpath) {
        this.folder = folder;
        this.classpath = List.copyOf(classpath);
    }

    /** The image made in {@code folder}. */
    static LearnerJvmImage at(Path named) {
        Path folder = named.toAbsolutePath();
        try {
            List<String> classpath = Files.readAllLines(folder.resolve(CLASSPATH)).stream()
                    .filter(line -> !line.isBlank()).map(line -> folder.resolve(line).toString()).toList();
            return new LearnerJvmImage(folder, classpath);
        } catch (IOException e) {
            throw new KataConfigurationException(folder + " holds no learner JVM image (-D" + PROPERTY + "): "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /**
     * Makes an image in {@code folder} from this JVM's agent and SDK, readable by everyone (a sandboxed judge may run as
     * another user), and says why the archive could not be made, if it could not: learner JVMs then start without it.
     */
    public static Optional<String> make(Path folder) {
        return make(folder, UnaryOperator.identity());
    }

    /**
     * As {@link #make(Path)}, with the training JVM's command line run as {@code howToRun} says: a container judge
     * trains the archive in its image, with the image's JDK, at the folder's path, since the archive holds for that
     * JDK alone.
     */
    public static Optional<String> make(Path folder, UnaryOperator<List<String>> howToRun) {
        try {
            Files.createDirectories(folder.resolve(SDK));
            List<String> names = new ArrayList<>();
            writeAgentJar(folder.resolve(AGENT_JAR));
            names.add(AGENT_JAR);
            for (String entry : LearnerClasspath.sdk()) {
                Path jar = Path.of(entry);
                String name = SDK + "/" + names.size() + "-" + jar.getFileName();
                // The archive holds only for jars of the same size and time: a link or a copy keeps both.
                SharedFiles.linkOrCopy(jar, folder.resolve(name));
                names.add(name);
            }
            Files.write(folder.resolve(CLASSPATH), names);
            LearnerJvmImage image = new LearnerJvmImage(folder,
                    names.stream().map(name -> folder.resolve(name).toString()).toList());
            Optional<String> why = image.train(howToRun);
            SharedFiles.openToAll(folder);
            return why;
        } catch (IOException e) {
            throw new UncheckedIOException("The learner JVMs' image could not be made in " + folder + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** The class path of a learner JVM started from this image: the agent's jar, then the SDK's. */
    List<String> classpath() {
        return classpath;
    }

    /** The archive, once made. */
    Optional<Path> archive() {
        Path archive = folder.resolve(ARCHIVE);
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /**
     * Starts one learner JVM that gets ready and, its input closed, leaves at once, writing the classes it loaded into
     * the archive as it exits.
     */
    private Optional<String> train(UnaryOperator<List<String>> howToRun) throws IOException {
        Path unfinished = folder.resolve(ARCHIVE + ".part");
        List<String> line = howToRun.apply(LearnerJvmCommand.javaLine(classpath,
                List.of("-XX:ArchiveClassesAtExit=" + unfinished)));
        Path output = folder.resolve("training.log");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try (OutputStream input = process.getOutputStream()) {
            // Closed at once: the agent sees no call, and ends.
        }
        try {
            if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("its training JVM did not end within " + TRAINING_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.of("it was interrupted");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(unfinished)) {
            String said = Files.readAllLines(output, StandardCharsets.ISO_8859_1).stream().filter(text -> !text.isBlank())
                    .reduce((first, last) -> last).orElse("");
            return Optional.of("its training JVM ended with " + process.exitValue()
                    + (said.isEmpty() ? "" : ": " + said));
        }
        Files.move(unfinished, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
        return Optional.empty();
    }

    private static void writeAgentJar(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var file : LearnerJvmCommand.agentClassFiles().entrySet()) {
                JarEntry entry = new JarEntry(file.getKey());
                entry.setTime(Files.getLastModifiedTime(file.getValue()).toMillis());
                out.putNextEntry(entry);
                Files.copy(file.getValue(), out);
                out.closeEntry();
            }
        }
    }
}
