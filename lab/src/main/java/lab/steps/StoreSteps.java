package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lab.fixtures.Book;
import io.cucumber.java.en.Given;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.Preparation;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

/** The preconditions of the lab's scenarios, built by the harness's fixtures, never by the learner's code. */
public class StoreSteps {

    /** Generated data is the same in every run, so that a failure can be reproduced. */
    private static final long SEED = 20_24;
    private static final Duration BETWEEN_SWITCHES = Duration.ofMinutes(10);

    private final ScenarioContext context;
    private final Fixtures fixtures;

    public StoreSteps(ScenarioContext context) {
        this.context = context;
        this.fixtures = context.fixtures();
    }

    @Given("the Books table exists")
    public void theBooksTableExists() {
        fixtures.createBooksTable();
    }

    /** Where most scenarios start: watch mode makes a few ahead of its next rerun. */
    static final Preparation FIVE_BOOKS = new Preparation("the Books table holds the five books", client -> {
        Fixtures fixtures = new Fixtures(client);
        fixtures.ensureBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    });

    @Given("the Books table holds the five books")
    public void theBooksTableHoldsTheFiveBooks() {
        context.startFrom(FIVE_BOOKS);
    }

    @Given("the store has no Books table")
    public void theStoreHasNoBooksTable() {
        assertThat(fixtures.describe(Fixtures.BOOKS)).as("a fresh scenario's store has no Books table").isEmpty();
    }

    @Given("the store also holds these books:")
    public void theStoreAlsoHoldsTheseBooks(List<Book> books) {
        fixtures.put(books);
    }

    @Given("the store also holds {int} generated books")
    public void theStoreAlsoHoldsGeneratedBooks(int count) {
        context.generated.addAll(Library.generated(SEED + count, count, null, null, 0));
        fixtures.put(context.generated);
    }

    @Given("{string} has {int} generated books of about {int} KB each")
    public void hasGeneratedBooksOfAboutKbEach(String author, int count, int kilobytes) {
        context.generated.addAll(Library.generated(SEED + count, count, author, "Science Fiction", kilobytes * 1024));
        fixtures.put(context.generated);
        assertThat(fixtures.firstPageIsPartial(author, null))
                .as("the harness's own check that " + author + "'s books take more than one page to read").isTrue();
    }

    @Given("the {string} category holds {int} generated books of about {int} KB each")
    public void theCategoryHoldsGeneratedBooksOfAboutKbEach(String category, int count, int kilobytes) {
        context.generated.addAll(Library.generated(SEED + count + 1, count, null, category, kilobytes * 1024));
        fixtures.put(context.generated);
        assertThat(fixtures.firstPageIsPartial(category, Fixtures.CATEGORY_INDEX))
                .as("the harness's own check that the " + category + " books take more than one page to read").isTrue();
    }

    @Given("the category index exists")
    public void theCategoryIndexExists() {
        fixtures.addCategoryIndex();
    }

    @Given("the Books table already runs on {long} read and {long} write units")
    public void theBooksTableAlreadyRunsOn(long readUnits, long writeUnits) {
        fixtures.provision(readUnits, writeUnits);
    }

    @Given("the Books table is protected against deletion")
    public void theBooksTableIsProtectedAgainstDeletion() {
        fixtures.protectAgainstDeletion(Fixtures.BOOKS);
    }

    @Given("a table {string} exists")
    public void aTableExists(String name) {
        fixtures.createTable(name);
    }

    @Given("{string} by {string} is also sold as {string} with product id {string}")
    public void isAlsoSoldAsWithProductId(String title, String author, String format, String productId) {
        Book book = fixtures.book(author, title).orElseThrow();
        Map<String, String> formats = new LinkedHashMap<>(book.formats());
        formats.put(format, productId);
        fixtures.put(List.of(new Book(author, title, book.category(), formats)));
    }

    @Given("a backup of the Books table exists")
    public void aBackupOfTheBooksTableExists() {
        context.backupArn = fixtures.client()
                .createBackup(backup -> backup.tableName(Fixtures.BOOKS).backupName("KataFixtureBackup"))
                .backupDetails().backupArn();
    }

    @Given("point-in-time recovery is off for the Books table")
    public void pointInTimeRecoveryIsOffForTheBooksTable() {
        PointInTimeRecoveryStatus status = fixtures.client()
                .describeContinuousBackups(describe -> describe.tableName(Fixtures.BOOKS))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus();
        assertThat(status).as("the point-in-time recovery of a Books table the harness just made")
                .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }

    /**
     * The service allows a table few switches to on-demand a day: the harness switches Books there and back, on the
     * store's clock from {@code since}, ten minutes between switches, and leaves it on demand.
     */
    @Given("the Books table went from provisioned to on-demand {int} times since {time}")
    public void theBooksTableWentFromProvisionedToOnDemandTimesSince(int times, LocalTime since) {
        context.setClockTo(since, false);
        for (int switched = 0; switched < times; switched++) {
            fixtures.provision(5, 5);
            context.clock().advance(BETWEEN_SWITCHES);
            fixtures.billOnDemand();
            context.clock().advance(BETWEEN_SWITCHES);
        }
    }

    @Given("point-in-time recovery is turned on for the Books table")
    public void pointInTimeRecoveryIsTurnedOnForTheBooksTable() {
        fixtures.client().updateContinuousBackups(backups -> backups.tableName(Fixtures.BOOKS)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
    }
}
