package lab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.learner.agent.LearnerMethod;

/**
 * Which learner methods still throw their stub's exception, read off the learner's compiled classes: a class whose
 * constant pool holds a stub's message ({@link Exercise#stubMessage}) still has that stub's {@code throw}. The board
 * then asks for the methods left rather than every method of the exercise.
 */
final class StubsLeft {

    private StubsLeft() {
    }

    /** The stubs ({@code Class.method}) whose message is still in the learner's classes; empty when they cannot be read. */
    static Optional<Set<String>> in(Path learnerClasses) {
        if (learnerClasses == null || !Files.isDirectory(learnerClasses)) {
            return Optional.empty();
        }
        Path learnerPackage = learnerClasses.resolve(LearnerMethod.LEARNER_PACKAGE.replace('.', '/'));
        Set<String> left = new TreeSet<>();
        Map<String, byte[]> classes = new HashMap<>();
        try {
            for (Exercise exercise : Catalogue.EXERCISES) {
                for (String stub : exercise.stubs()) {
                    byte[] classFile = classes.computeIfAbsent(stub.substring(0, stub.indexOf('.')),
                            name -> read(learnerPackage.resolve(name + ".class")));
                    // A class file keeps its strings in modified UTF-8, which is UTF-8 for every character a message has.
                    if (holds(classFile, exercise.stubMessage(stub).getBytes(StandardCharsets.UTF_8))) {
                        left.add(stub);
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(left);
    }

    /** The class file's bytes; none where the learner has no such class. */
    private static byte[] read(Path classFile) {
        try {
            return Files.isRegularFile(classFile) ? Files.readAllBytes(classFile) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holds(byte[] bytes, byte[] wanted) {
        outer:
        for (int start = 0; start + wanted.length <= bytes.length; start++) {
            for (int index = 0; index < wanted.length; index++) {
                if (bytes[start + index] != wanted[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
