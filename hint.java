// java hint.java [NN]: the hint for exercise NN, or for the exercise the last run named next, without running the lab.
// It needs the JDK alone (Java 17 runs a single source file), on any system: it compiles the exercise catalogue's reader
// and the hint command into target/hint-classes (again only when they change) and runs them, so it works while the
// code in src/main/java does not compile. On Linux and macOS, ./hint does the same.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

public class hint {

    static final Path CATALOGUE = Path.of("engine", "src", "main", "java", "lab", "catalogue");
    static final List<Path> COMMAND = List.of(Path.of("engine", "src", "main", "java", "lab", "report", "HintCommand.java"),
            Path.of("engine", "src", "main", "java", "lab", "report", "Commands.java"));
    static final Path CLASSES = Path.of("target", "hint-classes");
    static final Path BUILT = CLASSES.resolve(".built");

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(CATALOGUE)) {
            System.err.println("Run it from the root of the kata, where hint.java is: java hint.java " + String.join(" ", args));
            System.exit(2);
        }
        List<Path> sources = sources();
        if (stale(sources)) {
            Files.createDirectories(CLASSES);
            List<String> javac = new ArrayList<>(List.of("-encoding", "UTF-8", "-nowarn", "-d", CLASSES.toString()));
            sources.forEach(source -> javac.add(source.toString()));
            if (ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)) != 0) {
                System.err.println("hint.java could not compile the exercise catalogue's reader (above).");
                System.exit(1);
            }
            Files.writeString(BUILT, "");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()}, hint.class.getClassLoader())) {
            loader.loadClass("lab.report.HintCommand").getMethod("main", String[].class).invoke(null, (Object) args);
        }
    }

    static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>(COMMAND);
        try (Stream<Path> catalogue = Files.list(CATALOGUE)) {
            catalogue.filter(file -> file.toString().endsWith(".java") && !file.toString().endsWith("Test.java"))
                    .sorted().forEach(sources::add);
        }
        return sources;
    }

    static boolean stale(List<Path> sources) {
        if (!Files.exists(BUILT)) {
            return true;
        }
        return sources.stream().anyMatch(source -> modified(source).compareTo(modified(BUILT)) > 0);
    }

    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
