package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader against six submissions built here from the kata itself: the solutions, the untouched stubs, sources
 * that do not compile, a hang, a System.exit, and the solutions beside an edited feature file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraderTest {

    private static final Path KATA = Path.of("").toAbsolutePath();
    private static final Path SOLUTIONS = KATA.resolve("solutions/src/main/java");
    private static final Path STUBS = KATA.resolve("src/main/java");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(45);

    private Path temp;

    private GradingSettings settings;
    private Map<String, SubmissionGrade> rows;

    @BeforeAll
    void gradeTheClass(@TempDir Path folder) throws Exception {
        temp = folder;
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        wholeCopy(submissions.resolve("solved"), SOLUTIONS);
        copyTree(STUBS, submissions.resolve("stubs"));
        copyTree(STUBS, submissions.resolve("broken"));
        Files.writeString(submissions.resolve("broken/bookstore/Shelf.java"),
                "package bookstore;\n\nclass Shelf {\n    int books = \"five\";\n}\n");
        copyTree(SOLUTIONS, submissions.resolve("hangs/src/main/java"));
        edit(submissions.resolve("hangs/src/main/java/bookstore/BooksTable.java"), "public void create() {",
                "public void create() {\n        if (Boolean.parseBoolean(\"true\")) {\n            for (;;) {\n"
                        + "                try { Thread.sleep(60_000); } catch (InterruptedException ignored) { }\n"
                        + "            }\n        }\n");
        copyTree(SOLUTIONS, submissions.resolve("exits/src/main/java"));
        edit(submissions.resolve("exits/src/main/java/bookstore/BookRepository.java"),
                "public Optional<Book> find(String author, String title) {",
                "public Optional<Book> find(String author, String title) {\n"
                        + "        if (Boolean.parseBoolean(\"true\")) {\n            System.exit(3);\n        }\n");
        wholeCopy(submissions.resolve("tampered"), SOLUTIONS);
        Files.writeString(submissions.resolve("tampered/features/03_find_a_book.feature"), "Feature: Find a book\n");

        settings = new GradingSettings(KATA.resolve("features"), temp.resolve("grades"), 3, TIME_LIMIT, "512m", 120,
                false, null);
        List<SubmissionGrade> grades = new Grader(settings, KATA).grade(Submission.in(submissions), System.out::println);
        rows = grades.stream().collect(Collectors.toMap(SubmissionGrade::learner, Function.identity()));
    }

    @Test
    void theSolutionsEarnFullMarks() {
        SubmissionGrade solved = rows.get("solved");
        assertThat(solved.verdict()).as("verdict of the solutions: %s", solved.reason()).isEqualTo(Verdict.GRADED);
        assertThat(solved.max()).as("points the lab can grade on this backend").isPositive();
        assertThat(solved.total()).as("points of the solutions, out of %d", solved.max()).isEqualTo(solved.max());
        assertThat(solved.flags()).as("flags on an untouched copy of the kata").isEmpty();
    }

    @Test
    void theUntouchedStubsEarnNothing() {
        SubmissionGrade stubs = rows.get("stubs");
        assertThat(stubs.verdict()).as("verdict of the stubs: %s", stubs.reason()).isEqualTo(Verdict.GRADED);
        assertThat(stubs.total()).as("points of the untouched stubs").isZero();
        assertThat(stubs.max()).as("the stubs' maximum is the class's").isEqualTo(rows.get("solved").max());
    }

    @Test
    void sourcesThatDoNotCompileSayWhatTheCompilerSaid() {
        SubmissionGrade broken = rows.get("broken");
        assertThat(broken.verdict()).as("verdict of sources that do not compile").isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(broken.compileErrors()).as("the compiler's errors").first().asString()
                .startsWith("bookstore/Shelf.java:4: ").contains("incompatible types");
        assertThat(broken.reason()).as("the row's reason").contains("did not compile", "Shelf.java:4");
        assertThat(broken.total()).as("points of sources that do not compile").isZero();
    }

    @Test
    void aHangIsStoppedAtTheTimeLimit() {
        SubmissionGrade hangs = rows.get("hangs");
        assertThat(hangs.verdict()).as("verdict of a create() that never returns: %s", hangs.reason())
                .isEqualTo(Verdict.TIME_LIMIT);
        assertThat(hangs.reason()).as("the row's reason").contains(TIME_LIMIT.toSeconds() + " s time limit");
        assertThat(hangs.exercise("01").points()).as("points for the exercise that hangs").isZero();
        assertThat(hangs.durationSeconds()).as("seconds it took to grade the hang")
                .isLessThan(TIME_LIMIT.toSeconds() + 30);
    }

    @Test
    void aSystemExitIsThatRowsVerdict() {
        SubmissionGrade exits = rows.get("exits");
        assertThat(exits.verdict()).as("verdict of a find() that calls System.exit(3): %s", exits.reason())
                .isEqualTo(Verdict.EXITED);
        assertThat(exits.reason()).as("the row's reason").contains("exited with status 3");
        assertThat(exits.total()).as("points when the JVM exited part way").isLessThan(exits.max());
    }

    @Test
    void anEditedFeatureIsFlaggedAndThePristineOneJudges() {
        SubmissionGrade tampered = rows.get("tampered");
        assertThat(tampered.flags()).as("flags on a copy whose feature 03 was rewritten").singleElement().asString()
                .startsWith("tampered: features/03_find_a_book.feature changed");
        assertThat(tampered.verdict()).as("verdict of the tampered copy").isEqualTo(Verdict.GRADED);
        assertThat(tampered.exercise("03").counted()).as("exercise 03 scenarios that judged it: the facilitator's")
                .isEqualTo(rows.get("solved").exercise("03").counted());
        assertThat(tampered.total()).as("points of the solutions beside an edited feature").isEqualTo(tampered.max());
    }

    @Test
    void theGradebookHasARowPerLearnerInEveryForm() throws IOException {
        Path grades = settings.output();
        List<String> csv = Files.readAllLines(grades.resolve("gradebook.csv"));
        assertThat(csv).as("gradebook.csv: a header and one row per learner").hasSize(rows.size() + 1);
        assertThat(csv.get(0)).as("gradebook.csv header").startsWith("learner,01,02,").endsWith(",total,max,verdict,flags");
        String json = Files.readString(grades.resolve("gradebook.json"));
        String html = Files.readString(grades.resolve("gradebook.html"));
        for (String learner : rows.keySet()) {
            assertThat(csv).as("gradebook.csv rows").anyMatch(row -> row.startsWith(learner + ","));
            assertThat(json).as("gradebook.json").contains("\"learner\" : \"" + learner + "\"");
            assertThat(html).as("gradebook.html").contains("id=\"l-" + learner + "-03\"");
            assertThat(grades.resolve(learner).resolve(Gradebook.RESULT)).as("%s's own result", learner).exists();
        }
        assertThat(grades.resolve("solved/report.html")).as("the solved submission's own Cucumber report").exists();
    }

    @Test
    void aRerunKeepsWhatIsGraded() throws Exception {
        List<String> rerun = new ArrayList<>();
        List<SubmissionGrade> again = new Grader(settings, KATA).grade(Submission.in(temp.resolve("submissions")),
                rerun::add);
        assertThat(rerun).as("what a rerun says about each submission").hasSize(rows.size())
                .allMatch(line -> line.contains("already graded"));
        assertThat(again).as("grades after a rerun").extracting(SubmissionGrade::gradedAt)
                .containsExactlyInAnyOrderElementsOf(rows.values().stream().map(SubmissionGrade::gradedAt).toList());
    }

    private static void wholeCopy(Path folder, Path sources) throws IOException {
        copyTree(sources, folder.resolve("src/main/java"));
        copyTree(KATA.resolve("features"), folder.resolve("features"));
        Files.copy(KATA.resolve("pom.xml"), folder.resolve("pom.xml"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void edit(Path file, String anchor, String replacement) throws IOException {
        String source = Files.readString(file);
        assertThat(source).as("%s, to be edited into a fixture", file.getFileName()).contains(anchor);
        Files.writeString(file, source.replace(anchor, replacement));
    }
}
