package lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import lab.fixtures.Book;
import lab.catalogue.Catalogue;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * index.html opened in a real headless Chromium (Debian's {@code chromium}): what the browser made of the page (its
 * DOM after parsing) and what it painted. Without chromium on the PATH the tests are skipped with the reason; with
 * {@code -Dkata.chromium.required=true} (CI) a missing chromium fails it.
 */
class IndexHtmlInChromiumTest {

    static final String REQUIRED = "kata.chromium.required";
    /** The browser's command, found on the PATH: Debian's chromium unless {@code -Dkata.chromium=NAME} names another. */
    static final String COMMAND = "kata.chromium";
    private static final List<String> HEADLESS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run", "--hide-scrollbars");

    @TempDir
    static Path directory;

    private static Path chromium;
    private static Path page;
    private static Document shown;
    private static String absent;

    @BeforeAll
    static void openTheReportInChromium() throws Exception {
        String name = System.getProperty(COMMAND, "chromium");
        Optional<Path> found = onPath(name);
        if (found.isEmpty()) {
            String reason = name + " is not on the PATH, so index.html was not opened in a browser: "
                    + "apt-get install -y chromium (as root) runs this check";
            if (Boolean.getBoolean(REQUIRED)) {
                fail(reason + " (-D" + REQUIRED + "=true makes it required)");
            }
            System.out.println("Skipped: " + reason);
            absent = reason;
            return;
        }
        chromium = found.get();
        page = directory.resolve(IndexHtml.FILE);
        Files.writeString(page, IndexHtml.render(SampleRun.progress(SampleRun.booksWithCategoryIndex(), Set.of())));
        shown = Jsoup.parse(chromium("--dump-dom", page.toUri().toString()), page.toUri().toString());
    }

    @BeforeEach
    void onlyWithChromium() {
        Assumptions.assumeTrue(absent == null, () -> absent);
    }

    @Test
    void theBoardShowsEveryExerciseAndTheProgress() {
        assertThat(shown.select("#summary").text()).as("the summary line Chromium shows")
                .startsWith("2 of " + Catalogue.EXERCISES.size() + " exercises done, " + (Catalogue.byId("01").orElseThrow().points()
                        + Catalogue.byId("05").orElseThrow().points()) + " of " + Catalogue.totalPoints() + " points");
        List<String> rows = shown.select("table.board tbody tr").eachAttr("data-exercise");
        assertThat(rows).as("the board's rows").isEqualTo(Catalogue.EXERCISES.stream().map(e -> e.id()).toList());
        assertThat(state("01")).as("exercise 01's state on the board").isEqualTo("done");
        assertThat(state("03")).as("exercise 03's state on the board").isEqualTo("failing");
        assertThat(state("04")).as("exercise 04's state on the board").isEqualTo("not run");
        assertThat(state("08")).as("exercise 08's state on the board").isEqualTo("skipped");
        assertThat(shown.select("#next").text()).as("the next-exercise box")
                .contains("Next: exercise 03", "BookRepository.find", "./mvnw test -Dkata.exercise=03", "java hint.java 03");
    }

    @Test
    void aFailingScenarioShowsItsMessageAsTextAndItsTablesOpen() {
        Element failed = shown.selectFirst("#exercise-03 article.scenario.failed");
        assertThat(failed).as("exercise 03's failed scenario on the page").isNotNull();
        assertThat(failed.select("h3").text()).as("the failed scenario's heading").contains("The Firm by John Grisham");
        assertThat(failed.select("pre.failure").first().wholeText()).as("the failure message, markup shown as text")
                .isEqualTo(SampleRun.FAILURE);
        assertThat(shown.select("nothing")).as("elements made of the message's <nothing>").isEmpty();
        assertThat(failed.select("details.tables").hasAttr("open")).as("the failed scenario's tables are open").isTrue();
        assertThat(shown.select("#exercise-05 article.scenario.passed details.tables").hasAttr("open"))
                .as("a passed scenario's tables are folded").isFalse();
        assertThat(shown.select("#exercise-08 pre.reason").text()).as("the skipped scenario's reason")
                .contains("no on-demand backups");
    }

    @Test
    void theTableIsGroupedByPartitionKeyWithItsSortKeys() {
        Element grid = groupedBy("#exercise-03 div.picture[data-table=" + Fixtures.BOOKS + "] table.items", Book::author,
                "the Books table's picture in exercise 03, one partition per author");
        Element grisham = grid.selectFirst("tbody.partition[data-partition=John Grisham]");
        assertThat(grisham.select("th.pk").text()).as("John Grisham's partition key cell").isEqualTo("John Grisham");
        assertThat(grisham.select("th.pk").attr("rowspan")).as("the rows John Grisham's key cell spans").isEqualTo("2");
        assertThat(grisham.select("td.sk").eachText()).as("John Grisham's sort keys, in order")
                .containsExactly("The Firm", "The Rainmaker");
        assertThat(grisham.select("td[data-attribute=Category]").eachText()).as("John Grisham's books' categories")
                .containsExactly("Suspense", "Suspense");
        assertThat(grisham.select("td[data-attribute=Formats]").first().text()).as("The Firm's formats")
                .contains("Audiobook: DJ9KS9NM");
    }

    @Test
    void tablesAScenarioLeftAsAnEarlierOneDidAreALinkToItsPicture() {
        Element same = shown.selectFirst("#exercise-05 article.scenario details.tables p.same-tables a");
        assertThat(same).as("exercise 05's scenario, which left the tables exercise 03's failed scenario left").isNotNull();
        assertThat(shown.select(same.attr("href")).select("div.picture")).as("the pictures the link leads to").isNotEmpty();
        assertThat(shown.select("#exercise-05 div.picture")).as("pictures drawn again in exercise 05").isEmpty();
    }

    @Test
    void theCategoryIndexIsGroupedByCategoryAndLeavesOutTheBookWithout() {
        Element index = groupedBy("#exercise-03 div.index[data-index=" + Fixtures.CATEGORY_INDEX + "]", Book::category,
                "the CategoryIndex view in exercise 03, one partition per category");
        Element suspense = index.selectFirst("tbody.partition[data-partition=Suspense]");
        assertThat(suspense.select("tr")).as("the books in the Suspense partition").hasSize(
                (int) books().filter(book -> "Suspense".equals(book.category())).count());
        assertThat(suspense.select("td[data-attribute=Author]").eachText()).as("the Suspense books' authors")
                .contains("John Grisham", "James Patterson");
        assertThat(index.select("p.note").text()).as("the note about the book without a category")
                .contains("1 item has no Category");
        assertThat(index.text()).as("the index view").doesNotContain(SampleRun.UNCATEGORISED.title());
    }

    @Test
    void thePageFetchesNothingAndPaintsItsOwnStyle() throws Exception {
        List<String> remote = new ArrayList<>(shown.select("[src]").eachAttr("src"));
        remote.addAll(shown.select("link[href]").eachAttr("href"));
        assertThat(remote).as("what the page would fetch (scripts, images, stylesheets)").isEmpty();

        Path screenshot = directory.resolve("index.png");
        chromium("--screenshot=" + screenshot, "--window-size=1200,900", page.toUri().toString());
        BufferedImage painted = ImageIO.read(screenshot.toFile());
        assertThat(painted).as("the screenshot Chromium took of index.html").isNotNull();
        assertThat(painted.getRGB(4, 4) & 0xFFFFFF).as("the header's colour at its top left, from the page's inline style")
                .isEqualTo(0x232F3E);
    }

    /** The view the selector finds, after checking it has one partition per distinct key of the books, in order. */
    private static Element groupedBy(String selector, Function<Book, String> key, String view) {
        Element found = shown.selectFirst(selector);
        assertThat(found).as(view + ": on the page").isNotNull();
        assertThat(found.select("tbody.partition").eachAttr("data-partition")).as(view + ": its partitions")
                .isEqualTo(new ArrayList<>(new TreeSet<>(books().map(key).filter(Objects::nonNull).toList())));
        return found;
    }

    private static String state(String id) {
        return shown.select("table.board tr[data-exercise=" + id + "] td.state").text();
    }

    private static Stream<Book> books() {
        return Stream.concat(Library.FIVE_BOOKS.stream(), Stream.of(SampleRun.UNCATEGORISED));
    }

    /** Runs headless Chromium on the page: its standard output, or a failure with what it said. */
    private static String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(chromium.toString());
        command.addAll(HEADLESS);
        command.add("--user-data-dir=" + directory.resolve("profile"));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(directory, "chromium", ".out");
        Path err = Files.createTempFile(directory, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("headless Chromium did not finish within 90 s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            fail("headless Chromium exited with " + process.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
