package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode compiles each save with javac's context kept from the save before: what it makes of a tree must be what
 * a fresh javac makes of it, whatever the saves before were.
 */
class LearnerCompilerTest {

    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path temp;
    private Path sources;

    @BeforeEach
    void aTreeOfTwoClasses() throws IOException {
        sources = Files.createDirectories(temp.resolve("src/bookstore"));
        save("Shelf.java", "package bookstore;\n\npublic record Shelf(String name) {\n}\n");
        save("Shop.java", "package bookstore;\n\npublic class Shop {\n    String name(Shelf shelf) {\n"
                + "        return shelf.name();\n    }\n}\n");
    }

    @Test
    void theTestJvmMayKeepJavacsContextAsTheWatchJvmDoes() {
        assertThat(ReusedJavacContext.ifReachable()).as("javac's task pool, with the pom's argLine "
                + ReusedJavacContext.FLAGS).isPresent();
    }

    @Test
    void aChangedSignatureIsSeenAtTheNextSaveAndItsErrorsReadAsAFreshJavacsDo() throws IOException {
        try (LearnerCompiler kept = new LearnerCompiler(temp.resolve("src"), work("kept"), CLASSPATH)) {
            assertThat(kept.compile().classes()).as("the first save, compiled").isPresent();

            save("Shelf.java", "package bookstore;\n\npublic record Shelf(String label) {\n}\n");
            LearnerCompiler.Outcome renamed = kept.compile();
            String fresh = freshCompilation();

            assertThat(renamed.classes()).as("a save that renames the component Shop still reads").isEmpty();
            assertThat(renamed.compilerSays()).as("what the kept context says of it")
                    .contains("Shop.java:5: error: cannot find symbol").endsWith("1 error")
                    .isEqualTo(fresh);

            save("Shop.java", "package bookstore;\n\npublic class Shop {\n    String name(Shelf shelf) {\n"
                    + "        return shelf.label();\n    }\n}\n");
            assertThat(kept.compile().classes()).as("the save that mends Shop").isPresent();

            Files.delete(sources.resolve("Shelf.java"));
            assertThat(kept.compile().compilerSays()).as("the save after Shelf.java was deleted")
                    .contains("error: cannot find symbol").contains("class Shelf").isEqualTo(freshCompilation());
        }
    }

    private String freshCompilation() throws IOException {
        try (LearnerCompiler fresh = new LearnerCompiler(temp.resolve("src"), work("fresh-" + System.nanoTime()),
                CLASSPATH, Optional.empty())) {
            return fresh.compile().compilerSays();
        }
    }

    private Path work(String name) throws IOException {
        return Files.createDirectories(temp.resolve(name));
    }

    private void save(String file, String source) throws IOException {
        Files.writeString(sources.resolve(file), source);
    }
}
