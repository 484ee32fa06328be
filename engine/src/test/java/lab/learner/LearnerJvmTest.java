package lab.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.tools.ToolProvider;

import lab.learner.agent.LearnerMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Learner code that misbehaves, in learner JVMs: each way a call can go wrong comes back as the step needs it, and
 * the next call gets a working JVM. The learner's classes are compiled here; none of them reaches the store.
 */
class LearnerJvmTest {

    private static final String BOOKS_TABLE = """
            package bookstore;
            import java.util.ArrayList;
            import java.util.List;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
            import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
            public class BooksTable {
                public BooksTable(DynamoDbClient client) { }
                public void create() { throw new IllegalStateException("no table for you"); }
                public void addCategoryIndex() { List<long[]> all = new ArrayList<>(); while (true) { all.add(new long[1 << 20]); } }
                public void switchToProvisioned(long r, long w) { Runtime.getRuntime().halt(7); }
                public void switchToOnDemand() { System.exit(3); }
                public String createBackup(String name) { return "arn:backup/" + name; }
                public void restoreBackup(String arn, String target) { throw ResourceInUseException.builder().message("in use").build(); }
                public void enablePointInTimeRecovery() { throw new UnsupportedOperationException("BooksTable.enablePointInTimeRecovery — exercise 08, x"); }
                public void restoreToLatestRestorableTime(String target) { new Thread(() -> { while (true) { Thread.onSpinWait(); } }).start(); }
                public void delete() { while (Math.random() < 2) { Thread.onSpinWait(); } }
            }
            """;
    private static final String BOOK_REPOSITORY = """
            package bookstore;
            import java.util.List;
            import java.util.Optional;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
            public class BookRepository {
                public BookRepository(DynamoDbClient client) { }
                public Optional<Book> find(String author, String title) { throw new BookNotFoundException(author, title); }
                public List<Book> byAuthor(String author) { return List.of(new Book(author, "B", null, null), new Book(author, "A", "Crime", java.util.Map.of("Ebook", "E1"))); }
                public java.util.Map<String, Long> counted(List<Book> books, boolean twice, double weight, java.time.Instant at) {
                    return java.util.Map.of(books.get(0).title() + "@" + at.getEpochSecond(), (twice ? 2L : 1L) * Math.round(weight));
                }
            }
            """;
    private static final LearnerClientValues NOWHERE = new LearnerClientValues(URI.create("http://127.0.0.1:1"), "us-east-1", "k", "s");

    /** The learner's record and exception, as a lab's learner tree would have them. */
    private static final String BOOK = """
            package bookstore;
            public record Book(String author, String title, String category, java.util.Map<String, String> formats) {
                public Book { formats = formats == null ? java.util.Map.of() : java.util.Map.copyOf(formats); }
            }
            """;
    private static final String BOOK_NOT_FOUND = """
            package bookstore;
            public class BookNotFoundException extends RuntimeException {
                public BookNotFoundException(String author, String title) { super("No book \\"" + title + "\\" by " + author + " in the Books table"); }
            }
            """;

    /** The harness's own record for the learner's: the same components, another class. */
    record Shelved(String author, String title, String category, Map<String, String> formats) {
    }

    @TempDir
    static Path tree;
    private static Learners learners;
    private static LearnerCode code;

    @BeforeAll
    static void compileTheMisbehavingTree() throws IOException {
        Path sources = tree.resolve("src/bookstore");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("BooksTable.java"), BOOKS_TABLE);
        Files.writeString(sources.resolve("BookRepository.java"), BOOK_REPOSITORY);
        Files.writeString(sources.resolve("Book.java"), BOOK);
        Files.writeString(sources.resolve("BookNotFoundException.java"), BOOK_NOT_FOUND);
        Path classes = tree.resolve("classes");
        try (var files = Files.list(sources)) {
            List<String> arguments = new java.util.ArrayList<>(List.of("-g", "-d", classes.toString(), "-classpath",
                    String.join(java.io.File.pathSeparator, LearnerClasspath.sdk())));
            files.forEach(file -> arguments.add(file.toString()));
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
            assertThat(status).as("compiling the misbehaving tree").isZero();
        }
        // Long enough for a learner JVM to fill its heap on a busy two-core machine; an overrun costs this much.
        learners = Learners.inLearnerJvms(Duration.ofSeconds(6));
        learners.useClasses(classes);
        code = learners.inLearnerJvm(NOWHERE);
    }

    @AfterAll
    static void stop() {
        learners.close();
    }

    @Test
    void answersComeBackAsTheHarnessesOwnTypes() {
        assertThat(code.call("BooksTable.createBackup", AnswerType.of(String.class), "Nightly")).isEqualTo("arn:backup/Nightly");
        assertThat(code.call("BookRepository.byAuthor", AnswerType.listOf(Shelved.class), "Ann"))
                .containsExactly(new Shelved("Ann", "B", null, Map.of()), new Shelved("Ann", "A", "Crime", Map.of("Ebook", "E1")));
    }

    @Test
    void argumentsOfEveryKindReachTheLearnersParameterTypes() {
        Shelved dune = new Shelved("Frank Herbert", "Dune", null, Map.of("Paperback", "P1"));
        assertThat(code.call("BookRepository.counted", AnswerType.mapOf(String.class, Long.class), List.of(dune), true, 3.4,
                Instant.ofEpochSecond(1_700_000_000L))).containsExactly(Map.entry("Dune@1700000000", 6L));
    }

    @Test
    void whatTheLearnersCodeThrowsKeepsItsClassMessageAndLearnerFrames() {
        Throwable thrown = catchThrowable(() -> run("BooksTable.create"));
        assertThat(thrown).isInstanceOf(LearnersThrowable.class).hasMessage("no table for you");
        assertThat(((LearnersThrowable) thrown).learnersClassName()).isEqualTo("java.lang.IllegalStateException");
        assertThat(thrown.getStackTrace()).isNotEmpty().allMatch(frame -> frame.getClassName().startsWith("bookstore."))
                .anyMatch(frame -> "BooksTable.java".equals(frame.getFileName()) && frame.getLineNumber() == 8);

        Throwable notFound = catchThrowable(() -> run("BookRepository.find", "Ann", "Gone"));
        assertThat(notFound).as("the learner's own exception").isInstanceOf(LearnersThrowable.class)
                .hasMessage("No book \"Gone\" by Ann in the Books table");
        assertThat(((LearnersThrowable) notFound).learnersClassName()).isEqualTo("bookstore.BookNotFoundException");
        assertThat(catchThrowable(() -> run("BooksTable.restoreBackup", "arn", "T"))).as("the service's refusal, as its own class")
                .isInstanceOf(ResourceInUseException.class).hasMessageStartingWith("in use");
        assertThat(catchThrowable(() -> run("BooksTable.enablePointInTimeRecovery"))).as("a stub")
                .hasMessageContaining(" — exercise 08");
        assertThat(catchThrowable(() -> run("BooksTable.restoreToPointInTime", Instant.EPOCH, "T"))).as("a method the tree lacks")
                .hasMessageContaining("has no public method restoreToPointInTime taking 2 arguments");
        assertThat(catchThrowable(() -> run("BooksTable.createBackup", 42L))).as("arguments the method cannot take")
                .hasMessageContaining("takes other arguments than the lab gives it");
    }

    @Test
    void aCallPastItsLimitIsStoppedWithItsJvmAndTheNextCallWorks() {
        assertThat(failure(() -> run("BooksTable.delete"))).isEqualTo(LearnerCallFailed.Why.OVERRAN);
        assertThat(run("BooksTable.createBackup", "After")).isEqualTo("arn:backup/After");
    }

    @Test
    void exitHaltAndOutOfMemoryEachSayWhichAndTheNextCallWorks() {
        Throwable exited = catchThrowable(() -> run("BooksTable.switchToOnDemand"));
        assertThat(exited).isInstanceOf(LearnerCallFailed.class)
                .hasMessageStartingWith("called System.exit (at BooksTable.java:11)").hasMessageContaining("exit status 3");
        assertThat(catchThrowable(() -> run("BooksTable.switchToProvisioned", 1L, 1L))).isInstanceOf(LearnerCallFailed.class)
                .hasMessageContaining("without returning (exit status 7)");
        assertThat(failure(() -> run("BooksTable.addCategoryIndex"))).isEqualTo(LearnerCallFailed.Why.OUT_OF_MEMORY);
        assertThat(run("BooksTable.createBackup", "After")).isEqualTo("arn:backup/After");
    }

    @Test
    void aJvmWhoseCallLeftAThreadRunningServesNoOtherCall() {
        run("BooksTable.createBackup", "Warm");
        List<Long> before = learners.jvms().alive();
        run("BooksTable.restoreToLatestRestorableTime", "T");
        assertThat(before).as("the learner JVMs before the call, less those alive after it: the one that served it")
                .isNotEmpty().hasSizeGreaterThan((int) before.stream().filter(learners.jvms().alive()::contains).count());
    }

    @Test
    void aLearnerJvmThatCannotStartFailsTheCallAtOnceSayingWhy() {
        // ProcessBuilder refuses an empty command with an IndexOutOfBoundsException, not the IOException of a missing
        // java: like a thread that cannot be made (learner code can use up its user's threads), an unforeseen failure.
        try (LearnerJvms jvms = new LearnerJvms(LearnerJvmCommand.forThisJvm(null).startedBy(List.of()), 2, System.err)) {
            Throwable thrown = catchThrowable(() -> jvms.call(tree.resolve("classes"), NOWHERE, LearnerMethod.named("BooksTable.create"),
                    new Object[0], Duration.ofSeconds(3)));
            assertThat(thrown).as("a call when no learner JVM can start").isInstanceOf(LearnerCallFailed.class)
                    .hasMessageContaining("could not start").hasMessageContaining("IndexOutOfBoundsException");
        }
    }

    @Test
    void learnerJvmsStartedFromAnImageMapItsArchiveAndAnswer(@TempDir Path folder) {
        assertThat(LearnerJvmImage.make(folder)).as("why the image's class-data archive could not be made").isEmpty();
        LearnerJvmCommand command = LearnerJvmCommand.from(LearnerJvmImage.at(folder));
        // With -Xshare:on, a JVM that cannot map its archive (other jars, other paths, another JDK) does not start.
        List<String> strict = command.command().stream()
                .map(option -> option.equals("-Xshare:auto") ? "-Xshare:on" : option).toList();
        assertThat(strict).as("a learner JVM's command from the image")
                .anyMatch(option -> option.startsWith("-XX:SharedArchiveFile=")).contains("-Xshare:on");
        try (LearnerJvms jvms = new LearnerJvms(command.startedBy(strict), 1, System.err)) {
            LearnerJvm.Outcome outcome = jvms.call(tree.resolve("classes"), NOWHERE, LearnerMethod.named("BookRepository.byAuthor"),
                    new Object[] {"Octavia E. Butler"}, Duration.ofSeconds(30));
            assertThat(outcome.failed()).as("how the call from an image's learner JVM failed").isNull();
            assertThat(outcome.answer()).as("byAuthor's answer from a learner JVM started from an image")
                    .asList().hasSize(2);
        }
    }

    private static Object run(String method, Object... arguments) {
        return code.call(LearnerMethod.named(method), arguments);
    }

    private static LearnerCallFailed.Why failure(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(LearnerCallFailed.class);
        return ((LearnerCallFailed) thrown).why();
    }
}
