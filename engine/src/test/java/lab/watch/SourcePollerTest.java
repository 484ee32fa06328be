package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the JDK only polls for file events (macOS), watch mode looks at the tree itself: a save is seen as a change. */
class SourcePollerTest {

    @TempDir
    Path sources;

    @Test
    void aSavedFileAndANewOneInANewFolderAreSeenAndOtherFilesAreNot() throws Exception {
        Path repository = Files.createDirectories(sources.resolve("bookstore")).resolve("BookRepository.java");
        Files.writeString(repository, "class BookRepository {}\n");
        try (SourcePoller saves = new SourcePoller(sources)) {
            Files.writeString(sources.resolve("bookstore/notes.txt"), "not a source");
            Files.writeString(repository, "class BookRepository{ }\n");
            assertThat(changeIn(saves)).as("a save of the same size").containsExactly("bookstore/BookRepository.java");

            Files.writeString(Files.createDirectories(sources.resolve("bookstore/more")).resolve("Shelf.java"), "class Shelf {}");
            assertThat(changeIn(saves)).as("a file in a new folder").containsExactly("bookstore/more/Shelf.java");

            Files.delete(repository);
            assertThat(changeIn(saves)).as("a file deleted").containsExactly("bookstore/BookRepository.java");
        }
    }

    private static Set<String> changeIn(SourcePoller saves) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return saves.awaitChange();
            } catch (InterruptedException stopped) {
                throw new IllegalStateException(stopped);
            }
        }).get(30, TimeUnit.SECONDS);
    }
}
