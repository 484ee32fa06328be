package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stub tree and the solution tree mirror each other: the same files, each with the same public surface. */
class MirrorTest {

    @Test
    void bothTreesHoldTheSameFiles() {
        assertThat(SourceTrees.files(SourceTrees.SOLUTIONS)).as("the files of solutions/src/main/java, against src/main/java")
                .containsExactlyElementsOf(SourceTrees.files(SourceTrees.STUBS));
    }

    static List<Path> learnerFiles() {
        return SourceTrees.files(SourceTrees.STUBS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("learnerFiles")
    void eachFileHasTheSamePublicSurfaceInBothTrees(Path file) {
        assertThat(PublicSurface.of(SourceTrees.SOLUTIONS.resolve(file)))
                .as("the public surface of solutions/src/main/java/" + file + ", against the stub's")
                .isNotEmpty()
                .containsExactlyElementsOf(PublicSurface.of(SourceTrees.STUBS.resolve(file)));
    }

    @Test
    void theCompleteClassesAreTheSameInBothTrees() {
        for (String complete : new String[] {"bookstore/Book.java", "bookstore/BookNotFoundException.java"}) {
            assertThat(SourceTrees.read(SourceTrees.SOLUTIONS.resolve(complete)))
                    .as(complete + " is complete in both trees, so the two copies are the same")
                    .isEqualTo(SourceTrees.read(SourceTrees.STUBS.resolve(complete)));
        }
    }
}
