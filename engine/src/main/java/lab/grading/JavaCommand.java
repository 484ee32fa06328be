package lab.grading;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A java command line, in parts a sandbox can rewrite: the class path entries are the grader's paths, which a
 * sandbox may show the JVM somewhere else.
 *
 * @param java      the java executable
 * @param options   JVM options, before the class path
 * @param classpath class path entries, in order
 * @param mainClass the main class
 * @param arguments the main class's arguments
 */
public record JavaCommand(Path java, List<String> options, List<Path> classpath, String mainClass,
                          List<String> arguments) {

    /** This JVM's java executable. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The command line, each class path entry shown as {@code seenAs} maps it. */
    public List<String> line(Function<Path, String> seenAs) {
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        line.addAll(options);
        if (!classpath.isEmpty()) {
            line.add("-cp");
            line.add(String.join(File.pathSeparator, classpath.stream().map(seenAs).toList()));
        }
        line.add(mainClass);
        line.addAll(arguments);
        return line;
    }
}
