package lab.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/** The two trees of learner sources, read as text: the stubs the learner fills in and the reference solutions. */
public final class SourceTrees {

    public static final Path STUBS = Path.of("src/main/java");
    public static final Path SOLUTIONS = Path.of("solutions/src/main/java");

    private SourceTrees() {
    }

    /** The .java files of a tree, relative to it, sorted. */
    public static List<Path> files(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            return walk.filter(path -> path.toString().endsWith(".java")).map(tree::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source file that declares {@code Class.method}'s class in the given tree. */
    public static Path fileOf(Path tree, String stub) {
        return tree.resolve("bookstore").resolve(stub.substring(0, stub.indexOf('.')) + ".java");
    }

    /**
     * The body of a public method, from its signature to the next public member or the end of the class,
     * or empty when the tree does not declare it.
     */
    public static Optional<String> methodBody(Path tree, String stub) {
        Path file = fileOf(tree, stub);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String source = read(file);
        String method = stub.substring(stub.indexOf('.') + 1);
        Matcher start = Pattern.compile("public\\s+[\\w<>, ?]+\\s+" + Pattern.quote(method) + "\\s*\\(").matcher(source);
        if (!start.find()) {
            return Optional.empty();
        }
        Matcher next = Pattern.compile("\\n    (public|/\\*\\*)").matcher(source);
        int end = next.find(start.end()) ? next.start() : source.length();
        return Optional.of(source.substring(start.start(), end));
    }

    /** The exact statement every stub is: one throw naming the method and its exercise. */
    public static String stubStatement(Exercise exercise, String stub) {
        return "throw new UnsupportedOperationException(\"" + exercise.stubMessage(stub) + "\");";
    }

    /** The stubs of src/main/java that no longer are the untouched stub: learner work, or an edited kata. */
    public static List<String> changedStubs() {
        return Catalogue.EXERCISES.stream()
                .flatMap(exercise -> exercise.stubs().stream()
                        .filter(stub -> !methodBody(STUBS, stub).map(body -> body.contains(stubStatement(exercise, stub)))
                                .orElse(false)))
                .toList();
    }
}
