package lab.integrity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of this project in a scratch folder (its sources, without builds or version control), and Maven run in it
 * through the wrapper, as a learner runs it: offline, since the build that runs these tests has every artifact already.
 */
final class ScratchProject {

    /** Folders of the project the scratch copy leaves out: builds and version control. */
    private static final Set<String> LEFT_OUT = Set.of("target", ".git");
    private static final long BUILD_LIMIT_MINUTES = 5;

    private final Path root;

    private ScratchProject(Path root) {
        this.root = root;
    }

    /** A copy of the project this build runs in, made in {@code scratch}. */
    static ScratchProject copiedTo(Path scratch) throws IOException {
        Path from = Path.of("").toAbsolutePath();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                boolean leftOut = false;
                for (Path part : relative) {
                    leftOut |= LEFT_OUT.contains(part.toString());
                }
                if (!leftOut) {
                    Path copy = scratch.resolve(relative.toString().replace(File.separatorChar, '/'));
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new ScratchProject(scratch);
    }

    /** {@code ./mvnw -o -B -q} with these arguments, run to its end (at most five minutes). */
    Build maven(String... arguments) throws IOException, InterruptedException {
        Path log = root.resolve("build-" + System.nanoTime() + ".log");
        Process build = start(log, arguments);
        if (!build.waitFor(BUILD_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            throw new AssertionError("The scratch build " + List.of(arguments) + " took more than " + BUILD_LIMIT_MINUTES + " minutes");
        }
        return new Build(build.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** {@code ./mvnw -o -B -q} with these arguments, started, its output and errors going to {@code log}. */
    Process start(Path log, String... arguments) throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>(List.of(windows ? root.resolve("mvnw.cmd").toString() : "./mvnw",
                "-o", "-B", "-q"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    record Build(int exit, String output) {

        /** The last 40 lines, for a failure's message. */
        String tail() {
            return ScratchProject.tail(output);
        }
    }

    /** The last 40 lines of a build's output. */
    static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
