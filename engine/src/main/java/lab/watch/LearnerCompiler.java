package lab.watch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import lab.backend.KataConfigurationException;

/**
 * Compiles the learner's source tree, in this JVM, into a fresh directory per generation: a compiler, a file manager
 * and (where the JVM may reach it) javac's context kept warm between saves, the harness's class path (never a tree of
 * bookstore classes of its own), and the compiler's own words when it refuses. A tree whose sources did not change since the last good compilation is not
 * compiled again.
 */
final class LearnerCompiler implements AutoCloseable {

    /** The Java release the learner's code is written for: the build's {@code maven.compiler.release}. */
    static final int RELEASE = 17;

    private final Path sources;
    private final Path work;
    private final JavaCompiler javac;
    private final StandardJavaFileManager files;
    private final Optional<ReusedJavacContext> keptContext;
    private final List<String> options = options();
    private int generation;
    private String compiledDigest;
    private Path compiled;

    /** What became of one compilation: the classes, or what the compiler said. */
    record Outcome(Optional<Path> classes, String compilerSays, boolean reused) {

        static Outcome refused(String compilerSays) {
            return new Outcome(Optional.empty(), compilerSays, false);
        }
    }

    LearnerCompiler(Path sources, Path work, String classpath) {
        this(sources, work, classpath, ReusedJavacContext.ifReachable());
    }

    /** With javac's context kept between compilations, or (given none) made afresh for each. */
    LearnerCompiler(Path sources, Path work, String classpath, Optional<ReusedJavacContext> keptContext) {
        this.keptContext = keptContext;
        this.sources = sources;
        this.work = work;
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new KataConfigurationException("Watch mode compiles your code as you save it, so it needs a JDK, not a "
                    + "JRE: point JAVA_HOME at a JDK 17.");
        }
        this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        // Set once on the kept file manager, not as -classpath per task: given as an option, each task makes the
        // search path anew and reopens and reindexes every JAR of it, which was most of a compilation's time.
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, Stream.of(classpath.split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isEmpty()).map(Path::of).toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Compiles every {@code .java} file under the source tree into a new directory, unless none changed. */
    Outcome compile() {
        List<Path> units = javaFiles();
        if (units.isEmpty()) {
            return Outcome.refused("There is no .java file under " + sources + ": the lab's classes live in "
                    + sources.resolve("bookstore") + ".");
        }
        String digest = digest(units);
        if (compiled != null && digest.equals(compiledDigest)) {
            return new Outcome(Optional.of(compiled), "", true);
        }
        Path classes = work.resolve("learner-classes-" + (++generation));
        StringWriter said = new StringWriter();
        try {
            Trees.delete(classes);
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            var compilationUnits = files.getJavaFileObjectsFromPaths(units);
            boolean ok = keptContext.isPresent() ? keptContext.get().compile(said, files, options, compilationUnits)
                    : javac.getTask(said, files, null, options, null, compilationUnits).call();
            if (!ok) {
                Trees.delete(classes);
                String text = said.toString().strip();
                return Outcome.refused(text.isEmpty() ? "The compiler refused " + sources + " without saying why." : text);
            }
            forgetAllBut(compiled, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compiled = classes;
        compiledDigest = digest;
        return new Outcome(Optional.of(classes), said.toString().strip(), false);
    }

    /** javac's options, the same for every compilation (the kept context is kept for these). */
    private static List<String> options() {
        List<String> options = new java.util.ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-g",
                "-Xmaxerrs", "20"));
        if (Runtime.version().feature() != RELEASE) {
            // A newer JDK checks the code against the release's API, as the build does. On the release's own JDK
            // that is its own API, and --release would cost each compilation a quarter of its time: javac
            // opens the platform's classes anew (ct.sym, or a fresh file manager) for every task.
            options.addAll(0, List.of("--release", Integer.toString(RELEASE)));
        }
        return List.copyOf(options);
    }

    private List<Path> javaFiles() {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(file -> file.toString().endsWith(".java") && Files.isRegularFile(file)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(List<Path> units) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path unit : units) {
                sha.update(unit.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(unit));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            // A file an editor is still replacing: compile, and let the compiler say what it finds.
            return "unreadable-" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the new generation and the one before it (a learner call it abandoned may still load from it). */
    private void forgetAllBut(Path previous, Path current) throws IOException {
        try (Stream<Path> old = Files.list(work)) {
            for (Path directory : old.filter(path -> path.getFileName().toString().startsWith("learner-classes-"))
                    .filter(path -> !path.equals(previous) && !path.equals(current)).toList()) {
                Trees.delete(directory);
            }
        }
    }


    @Override
    public void close() throws IOException {
        files.close();
    }
}
