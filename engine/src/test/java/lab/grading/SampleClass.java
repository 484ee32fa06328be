package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A class's worth of submissions made from the kata itself, to try the grader on or to time it: solved (the
 * solutions), partly solved (the table's methods solved and the repository's left as stubs, or the other way round)
 * and untouched stubs, in turn; every other one a whole copy of the kata, the rest just its {@code src/main/java}.
 * <p>
 * Needs nothing but the JDK, so it runs straight from its source, from the root of the kata:
 * {@code java engine/src/test/java/lab/grading/SampleClass.java DIR N}.
 */
public final class SampleClass {

    /** What a generated learner has done. */
    public enum Kind {
        SOLVED("solved"), TABLE_SOLVED("table-solved"), REPOSITORY_SOLVED("repository-solved"), STUBS("stubs");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Whether this learner's copy of a learner source file is the solution's (else the stub). */
        boolean solved(String file) {
            return switch (this) {
                case SOLVED -> true;
                case STUBS -> false;
                case TABLE_SOLVED -> !file.equals("BookRepository.java");
                case REPOSITORY_SOLVED -> !file.equals("BooksTable.java");
            };
        }
    }

    private static final Path LEARNER_SOURCES = Path.of("src", "main", "java");
    private static final Path SOLUTIONS = Path.of("solutions", "src", "main", "java");

    private final Path kata;

    /** @param kata the root of the kata: where {@code features/}, {@code src/main/java} and {@code solutions/} are */
    public SampleClass(Path kata) {
        this.kata = kata.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[1].matches("[1-9][0-9]{0,3}")) {
            System.err.println("Usage, from the root of the kata: java engine/src/test/java/lab/grading/SampleClass.java DIR N"
                    + "  (writes N submissions, 1 to 9999, into DIR)");
            System.exit(2);
        }
        SampleClass sample = new SampleClass(Path.of(""));
        if (!Files.isDirectory(sample.kata.resolve(SOLUTIONS)) || !Files.isDirectory(sample.kata.resolve("features"))) {
            System.err.println("Run it from the root of the kata (where features/ and solutions/ are), not from "
                    + sample.kata + ".");
            System.exit(2);
        }
        Path directory = Path.of(args[0]).toAbsolutePath().normalize();
        List<Path> written = sample.write(directory, Integer.parseInt(args[1]));
        System.out.printf(Locale.ROOT, "%d submissions in %s%n", written.size(), directory);
    }

    /** Writes {@code count} submissions into the directory, replacing any folder of the same name. */
    public List<Path> write(Path directory, int count) {
        List<Path> written = new ArrayList<>();
        Kind[] kinds = Kind.values();
        int width = String.valueOf(count).length();
        for (int index = 1; index <= count; index++) {
            Kind kind = kinds[(index - 1) % kinds.length];
            Path folder = directory.resolve(String.format(Locale.ROOT, "learner%0" + width + "d-%s", index, kind.label));
            delete(folder);
            if (index % 2 == 1) {
                wholeCopy(folder, kind);
            } else {
                sources(folder, kind);
            }
            written.add(folder);
        }
        return written;
    }

    /** A learner's whole copy of the kata: their sources, and the kata's features and pom as handed out. */
    public void wholeCopy(Path folder, Kind kind) {
        sources(folder.resolve(LEARNER_SOURCES), kind);
        copyTree(kata.resolve("features"), folder.resolve("features"));
        copyTree(kata.resolve("pom.xml"), folder.resolve("pom.xml"));
    }

    /** A learner's {@code src/main/java} alone: the {@code bookstore} package, each file solved or a stub. */
    public void sources(Path root, Kind kind) {
        Path solutions = kata.resolve(SOLUTIONS).resolve("bookstore");
        Path stubs = kata.resolve(LEARNER_SOURCES).resolve("bookstore");
        try (Stream<Path> files = Files.list(stubs)) {
            Files.createDirectories(root.resolve("bookstore"));
            for (Path stub : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = stub.getFileName().toString();
                Path source = kind.solved(name) ? solutions.resolve(name) : stub;
                Files.copy(source, root.resolve("bookstore").resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a " + kind.label + " submission into " + root, e);
        }
    }

    /** Copies a file, or a folder with everything in it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + folder, e);
        }
    }
}
