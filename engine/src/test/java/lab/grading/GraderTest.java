package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import lab.grading.SampleClass.Kind;
import lab.integrity.ScenarioFilters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader against submissions built here from the kata itself: the solutions, the untouched stubs, sources that
 * do not compile, a System.exit, a memory hoard, a partly solved copy with an edited feature file, and a hang.
 * <p>
 * Two batches run at once, so that the test takes about as long as one submission's run. The class has a time limit
 * none of it should reach. The hang is graded on its own, with a short time limit and a per-method limit
 * ({@code kata.timeout}) longer than it, so that it is the time limit, not the method's, that stops it.
 * <p>
 * Each submission is judged by three of the kata's features (creating the table, finding a book, and backups, which
 * the lab endpoint emulates on DynamoDB Local), a third of its scenarios: what the grader does with them is what it
 * does with all of them, and CI grades the solutions and the stubs on every feature with {@code mvn -Pgrade}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraderTest {

    private static final Path KATA = Path.of("").toAbsolutePath();
    private static final List<String> FEATURES = List.of("01_create_the_table.feature", "03_find_a_book.feature",
            "08_backups_and_restore.feature");
    private static final Duration CLASS_TIME_LIMIT = Duration.ofSeconds(300);
    private static final Duration HANG_TIME_LIMIT = Duration.ofSeconds(8);
    private static final String MEMORY = "384m";
    /** What a submission's JVM may find in its environment: nothing secret, nothing of the grader's. */
    private static final List<String> CLEAN_ENVIRONMENT = List.of("HOME", "LANG", "PATH");
    /** What bubblewrap adds on its own: the working folder it changed to. */
    private static final String SANDBOX_WORKING_FOLDER = "PWD";

    private final SampleClass kata = new SampleClass(KATA);

    private Path submissions;
    private GradingSettings settings;
    /** What the grader's sandbox gives submissions on this machine. */
    private Isolation isolation;
    /** The isolation the class is graded under, as the facilitator would ask for it. */
    private String asked;
    /** A file of the facilitator's that no submission may read. */
    private Path secret;
    private static final String SECRET = "wJalrXUtnFEMI-the-facilitators-own";
    private Map<String, SubmissionGrade> rows;

    @BeforeAll
    void gradeTheClass(@TempDir Path temp) throws Exception {
        ScenarioFilters.whyNotTheWholeLab("grading a class").ifPresent(Assumptions::abort);
        Path features = Files.createDirectories(temp.resolve("features"));
        for (String feature : FEATURES) {
            Files.copy(KATA.resolve("features").resolve(feature), features.resolve(feature));
        }
        submissions = Files.createDirectories(temp.resolve("submissions"));
        kata.wholeCopy(submissions.resolve("solved"), Kind.SOLVED);
        kata.sources(submissions.resolve("stubs"), Kind.STUBS);
        kata.sources(submissions.resolve("broken"), Kind.STUBS);
        Files.writeString(submissions.resolve("broken/bookstore/Shelf.java"),
                "package bookstore;\n\nclass Shelf {\n    int books = \"five\";\n}\n");
        kata.sources(submissions.resolve("exits"), Kind.SOLVED);
        edit(submissions.resolve("exits/bookstore/BookRepository.java"),
                "public Optional<Book> find(String author, String title) {",
                "public Optional<Book> find(String author, String title) {\n"
                        + "        System.out.println(\"environment: \" + new java.util.TreeSet<>(System.getenv().keySet())\n"
                        + "                + \" home: \" + System.getProperty(\"user.home\"));\n"
                        + "        System.out.println(\"in sight: grader \" + ProcessHandle.of(" + ProcessHandle.current().pid()
                        + "L).isPresent() + \" solutions \" + java.nio.file.Files.isDirectory(java.nio.file.Path.of(\""
                        + KATA.resolve("solutions") + "\")));\n"
                        + "        if (Boolean.parseBoolean(\"true\")) {\n            System.exit(3);\n        }\n");
        kata.sources(submissions.resolve("hoards"), Kind.SOLVED);
        edit(submissions.resolve("hoards/bookstore/BooksTable.java"), "public void create() {",
                "public void create() {\n        java.util.List<long[]> hoard = new java.util.ArrayList<>();\n"
                        + "        while (hoard.size() >= 0) {\n            hoard.add(new long[8 * 1024 * 1024]);\n"
                        + "        }\n");
        kata.sources(submissions.resolve("forger"), Kind.STUBS);
        AttackFixtures.plant(submissions.resolve("forger/bookstore"), AttackFixtures.FORGED_RESULTS);
        kata.sources(submissions.resolve("saboteur"), Kind.STUBS);
        AttackFixtures.plant(submissions.resolve("saboteur/bookstore"), AttackFixtures.saboteur(
                List.of("solved", "exits", "hoards", "tampered", "stubs")));
        kata.sources(submissions.resolve("usurper"), Kind.STUBS);
        AttackFixtures.plantInBook(submissions.resolve("usurper/bookstore"), AttackFixtures.USURPER);
        IsolationHere here = IsolationHere.find();
        asked = here.asked();
        isolation = here.isolation();
        secret = Files.createDirectories(temp.resolve("facilitator/.aws")).resolve("credentials");
        Files.writeString(secret, "[default]\naws_secret_access_key=" + SECRET + "\n");
        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        if (isolation != Isolation.NONE) {
            kata.sources(submissions.resolve("vandal"), Kind.STUBS);
            AttackFixtures.plant(submissions.resolve("vandal/bookstore"), AttackFixtures.vandal(secret,
                    temp.resolve("grades/gradebook.csv"), temp.resolve("grades/solved/result.json")));
        }
        kata.wholeCopy(submissions.resolve("tampered"), Kind.TABLE_SOLVED);
        Files.writeString(submissions.resolve("tampered/features/03_find_a_book.feature"), "Feature: Find a book\n");

        Path hangs = Files.createDirectories(temp.resolve("hang"));
        kata.wholeCopy(hangs.resolve("hangs"), Kind.SOLVED);
        edit(hangs.resolve("hangs/src/main/java/bookstore/BooksTable.java"), "public void create() {",
                "public void create() {\n        if (Boolean.parseBoolean(\"true\")) {\n            for (;;) {\n"
                        + "                try { Thread.sleep(60_000); } catch (InterruptedException ignored) { }\n"
                        + "            }\n        }\n");

        GradingSettings hangSettings = new GradingSettings(features, temp.resolve("hang-grades"), 1,
                HANG_TIME_LIMIT, MEMORY, 120, false, asked);
        CompletableFuture<List<SubmissionGrade>> hang = CompletableFuture.supplyAsync(() -> grade(hangSettings, hangs));
        settings = new GradingSettings(features, temp.resolve("grades"), 3, CLASS_TIME_LIMIT, MEMORY,
                20, false, asked);
        List<SubmissionGrade> grades = new ArrayList<>(grade(settings, submissions));
        grades.addAll(hang.join());
        rows = grades.stream().collect(Collectors.toMap(SubmissionGrade::learner, Function.identity()));
    }

    private static List<SubmissionGrade> grade(GradingSettings settings, Path submissions) {
        try {
            return new Grader(settings, KATA).grade(Submission.in(submissions), System.out::println);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Grading was interrupted", interrupted);
        }
    }

    @Test
    void theSolutionsEarnFullMarks() {
        SubmissionGrade solved = rows.get("solved");
        assertThat(solved.outcome()).as("verdict of the solutions: %s", solved.reason()).isEqualTo(RunOutcome.GRADED);
        assertThat(solved.max()).as("points the lab can grade on this backend").isPositive();
        assertThat(solved.total()).as("points of the solutions, out of %d", solved.max()).isEqualTo(solved.max());
        assertThat(solved.flags()).as("flags on an untouched copy of the kata").isEmpty();
        assertThat(solved.exercise("08")).as("exercise 08, whose backups the lab endpoint emulates on DynamoDB Local")
                .satisfies(backups -> assertThat(backups.skipped()).as("its scenarios skipped").isZero())
                .satisfies(backups -> assertThat(backups.max()).as("its points, out of the maximum").isPositive());
    }

    @Test
    void theUntouchedStubsEarnNothing() {
        SubmissionGrade stubs = rows.get("stubs");
        assertThat(stubs.outcome()).as("verdict of the stubs: %s", stubs.reason()).isEqualTo(RunOutcome.GRADED);
        assertThat(stubs.total()).as("points of the untouched stubs").isZero();
        assertThat(stubs.max()).as("the stubs' maximum is the class's").isEqualTo(rows.get("solved").max());
    }

    @Test
    void forgedResultsEarnNothing() {
        SubmissionGrade forger = rows.get("forger");
        assertThat(forger.total()).as("points of the stubs with a shutdown hook that claims every scenario passed: %s",
                forger.reason()).isZero();
    }

    @Test
    void aSubmissionThatDeletesWhatTablesItCanFindOnTheSharedStoreHarmsNoClassmate() throws IOException {
        assertThat(rows.get("saboteur").total()).as("points of the stubs that delete tables on the shared store: %s",
                rows.get("saboteur").reason()).isZero();
        assertThat(rows.get("solved").total()).as("points of the solutions, graded beside the saboteur")
                .isEqualTo(rows.get("solved").max());
        if (isolation == Isolation.CONTAINER) {
            // There the judge's own DynamoDB Local shares its learner JVMs' loopback: the attack must have found it,
            // or the grades above prove nothing about it.
            assertThat(Files.readString(settings.output().resolve("saboteur/output.log")))
                    .as("what the saboteur printed, in a container judge").contains("saboteur: stores [http://127.0.0.1:");
        }
    }

    @Test
    void aBookThatTriesToSignVerdictsInTheJudgeEarnsNothing() {
        SubmissionGrade usurper = rows.get("usurper");
        assertThat(usurper.total()).as("points of the stubs whose Book, wherever it loads, signs passing verdicts with "
                + "the judge's own signer: %s", usurper.reason()).isZero();
    }

    @Test
    void aVandalEarnsNothingAndTouchesNoOneElse() throws IOException {
        Assumptions.assumeTrue(isolation != Isolation.NONE,
                "Skipped: no sandbox works on this machine, and the vandal would do its worst to it");
        SubmissionGrade vandal = rows.get("vandal");
        assertThat(vandal.total()).as("points of the stubs that attack everything they can reach: %s", vandal.reason())
                .isZero();
        assertThat(vandal.outcome()).as("how the vandal's run ended: its judge keeps the processes and threads it "
                + "needs to run the last scenario, whatever the learner's code starts (%s)", vandal.reason())
                .isEqualTo(RunOutcome.GRADED);
        assertThat(rows.get("solved").total()).as("points of the solutions, graded beside the vandal")
                .isEqualTo(rows.get("solved").max());
        assertThat(Files.readString(settings.output().resolve("gradebook.csv"))).as("the gradebook after the vandal")
                .doesNotContain(AttackFixtures.VANDAL_MARK).contains("solved,");
        assertThat(Files.readString(settings.output().resolve("solved/result.json"))).as("the solutions' result")
                .doesNotContain(AttackFixtures.VANDAL_MARK);
        assertThat(Files.readString(settings.output().resolve("vandal/output.log"))).as("what the vandal printed")
                .doesNotContain(SECRET);
        assertThat(Files.size(settings.output().resolve("vandal/output.log"))).as("the vandal's console log, bytes")
                .isLessThanOrEqualTo(3L * 1024 * 1024);
        assertThat(Files.readString(secret)).as("the facilitator's file").contains(SECRET);
    }

    @Test
    void sourcesThatDoNotCompileSayWhatTheCompilerSaid() {
        SubmissionGrade broken = rows.get("broken");
        assertThat(broken.outcome()).as("verdict of sources that do not compile").isEqualTo(RunOutcome.COMPILE_ERROR);
        assertThat(broken.compileErrors()).as("the compiler's errors").first().asString()
                .startsWith("bookstore/Shelf.java:4: ").contains("incompatible types");
        assertThat(broken.reason()).as("the row's reason").contains("did not compile", "Shelf.java:4");
        assertThat(broken.total()).as("points of sources that do not compile").isZero();
    }

    @Test
    void aHangIsStoppedAtTheTimeLimit() {
        SubmissionGrade hangs = rows.get("hangs");
        assertThat(hangs.outcome()).as("verdict of a create() that never returns: %s", hangs.reason())
                .isEqualTo(RunOutcome.TIME_LIMIT);
        assertThat(hangs.reason()).as("the row's reason").contains(HANG_TIME_LIMIT.toSeconds() + " s time limit");
        assertThat(hangs.exercise("01").points()).as("points for the exercise that hangs").isZero();
        assertThat(hangs.durationSeconds()).as("seconds it took to grade the hang, compiling included")
                .isLessThan(HANG_TIME_LIMIT.toSeconds() + 60);
    }

    @Test
    void aSystemExitCostsTheStepsThatCallItAndNothingElse() {
        SubmissionGrade exits = rows.get("exits");
        assertThat(exits.outcome()).as("verdict of a find() that calls System.exit(3), which ends only its learner JVM: %s",
                exits.reason()).isEqualTo(RunOutcome.GRADED);
        assertThat(exits.exercise("03").points()).as("points for exercise 03, whose find exits").isZero();
        assertThat(exits.total()).as("points for the exercises whose methods do not exit").isPositive()
                .isLessThan(exits.max());
    }

    @Test
    void aSubmissionSeesNeitherTheGradersProcessNorTheFacilitatorsFiles() throws IOException {
        Assumptions.assumeTrue(isolation != Isolation.NONE, "graded without isolation, which hides nothing");
        Path log = settings.output().resolve("exits").resolve("output.log");
        List<String> said = Files.readAllLines(log).stream().filter(line -> line.startsWith("in sight: ")).toList();
        assertThat(said).as("what the exiting submission printed about what it can see, in %s", log).isNotEmpty();
        assertThat(said.get(0)).as("whether a submission graded under %s sees the grader's process and the reference "
                + "solutions beside the facilitator's kata", isolation.label())
                .isEqualTo("in sight: grader false solutions false");
    }

    @Test
    void aSubmissionSeesNoSecretsInItsEnvironment() throws IOException {
        Path log = settings.output().resolve("exits").resolve("output.log");
        List<String> said = Files.readAllLines(log).stream().filter(line -> line.startsWith("environment: ")).toList();
        assertThat(said).as("what the exiting submission printed about its environment, in %s", log).isNotEmpty();
        String environment = said.get(0).substring("environment: ".length(), said.get(0).indexOf(" home: "));
        assertThat(Arrays.stream(environment.replaceAll("[\\[\\]]", "").split(", "))
                .filter(name -> !name.equals(SANDBOX_WORKING_FOLDER)))
                .as("the environment variables a submission's JVM has (the grader's own are not passed on)")
                .containsExactlyInAnyOrderElementsOf(CLEAN_ENVIRONMENT);
        assertThat(said.get(0)).as("the submission's home: its learner JVM's private /tmp under bubblewrap, else in its "
                + "own folder; where no ~/.aws/credentials is").endsWith(Isolation.BUBBLEWRAP.label().equals(rows.get("exits").isolation()) ? " home: /tmp" : "/home");
    }

    @Test
    void runningOutOfMemoryCostsTheStepsThatDoIt() {
        SubmissionGrade hoards = rows.get("hoards");
        assertThat(hoards.outcome()).as("verdict of a create() that hoards memory in its learner JVM: %s", hoards.reason())
                .isEqualTo(RunOutcome.GRADED);
        assertThat(hoards.exercise("01").points()).as("points for the exercise that hoards").isZero();
        assertThat(hoards.total()).as("points for the exercises whose methods do not hoard").isPositive();
    }

    @Test
    void anEditedFeatureIsFlaggedAndThePristineOneJudges() {
        SubmissionGrade tampered = rows.get("tampered");
        assertThat(tampered.flags()).as("flags on a copy whose feature 03 was rewritten").singleElement().asString()
                .startsWith("tampered: features/03_find_a_book.feature changed");
        assertThat(tampered.outcome()).as("verdict of the tampered copy: %s", tampered.reason())
                .isEqualTo(RunOutcome.GRADED);
        assertThat(tampered.exercise("03").counted()).as("exercise 03 scenarios that judged it: the facilitator's")
                .isPositive().isEqualTo(rows.get("solved").exercise("03").counted());
        assertThat(tampered.exercise("03").points()).as("exercise 03 points, its find() being still a stub").isZero();
        assertThat(tampered.exercise("01").points()).as("exercise 01 points, its table methods being solved")
                .isEqualTo(tampered.exercise("01").max());
        assertThat(tampered.total()).as("points of a copy with its table solved and its repository not")
                .isStrictlyBetween(0.0, (double) tampered.max());
    }

    @Test
    void theGradebookHasARowPerLearnerInEveryForm() throws IOException {
        Path grades = settings.output();
        List<String> learners = new ArrayList<>(List.of("broken", "exits", "forger", "hoards", "saboteur", "solved", "stubs", "tampered",
                "usurper"));
        if (isolation != Isolation.NONE) {
            learners.add("vandal");
        }
        List<String> csv = Files.readAllLines(grades.resolve("gradebook.csv"));
        assertThat(csv).as("gradebook.csv: a header and one row per learner").hasSize(learners.size() + 1);
        assertThat(csv.get(0)).as("gradebook.csv header").startsWith("learner,01,02,").endsWith(",total,max,verdict,flags,isolation");
        String json = Files.readString(grades.resolve("gradebook.json"));
        String html = Files.readString(grades.resolve("gradebook.html"));
        for (String learner : learners) {
            assertThat(csv).as("gradebook.csv rows").anyMatch(row -> row.startsWith(learner + ","));
            assertThat(json).as("gradebook.json").contains("\"learner\" : \"" + learner + "\"");
            assertThat(html).as("gradebook.html").contains("id=\"l-" + learner + "-03\"");
            assertThat(grades.resolve(learner).resolve(Gradebook.RESULT)).as("%s's own result", learner).exists();
        }
        assertThat(csv).as("gradebook.csv row of the solutions").anyMatch(row -> row.startsWith("solved,10,"));
        assertThat(json).as("gradebook.json: the compiler's message for the broken submission")
                .contains("bookstore/Shelf.java:4: ");
        assertThat(grades.resolve("solved/report.html")).as("the solved submission's own Cucumber report").exists();
    }

    @Test
    void aRerunKeepsWhatIsGradedAndRegradeGradesAgain() throws Exception {
        List<String> rerun = new ArrayList<>();
        List<SubmissionGrade> again = new Grader(settings, KATA).grade(Submission.in(submissions), rerun::add);
        assertThat(rerun).as("what a rerun says about each submission").hasSize(again.size())
                .allMatch(line -> line.contains("already graded"));
        assertThat(again).as("grades after a rerun").extracting(SubmissionGrade::gradedAt)
                .containsExactlyInAnyOrderElementsOf(again.stream().map(grade -> rows.get(grade.learner()).gradedAt()).toList());

        Path one = Files.createDirectories(submissions.resolveSibling("regrade"));
        SampleClass.copyTree(submissions.resolve("broken"), one.resolve("broken"));
        Path output = submissions.resolveSibling("regrade-grades");
        SampleClass.copyTree(settings.output().resolve("broken"), output.resolve("broken"));
        GradingSettings regrade = new GradingSettings(settings.features(), output, 1, CLASS_TIME_LIMIT, MEMORY, 20,
                true, asked);
        List<SubmissionGrade> regraded = new Grader(regrade, KATA).grade(Submission.in(one), line -> { });
        assertThat(regraded).as("the broken submission, graded again with -Dregrade").singleElement()
                .satisfies(grade -> assertThat(Instant.parse(grade.gradedAt())).as("when it was graded again")
                        .isAfter(Instant.parse(rows.get("broken").gradedAt())));
    }

    private static void edit(Path file, String anchor, String replacement) throws IOException {
        String source = Files.readString(file);
        assertThat(source).as("%s, to be edited into a fixture", file.getFileName()).contains(anchor);
        Files.writeString(file, source.replace(anchor, replacement));
    }
}
