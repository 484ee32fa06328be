package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lab.learner.AnswerType;
import lab.learner.agent.ClientInRegion;
import lab.fixtures.Book;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.patterns.Backups;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Backups and point-in-time recovery (exercise 08); these scenarios run only where the backend has them, or the lab
 * endpoint emulates them. Every restore is judged by what it left and by how it was made: the calls it recorded.
 */
public class BackupSteps {

    private static final String CREATE_BACKUP = "BooksTable.createBackup";
    private static final String RESTORE_BACKUP = "BooksTable.restoreBackup";
    private static final String RESTORE_LATEST = "BooksTable.restoreToLatestRestorableTime";
    private static final String RESTORE_TO_POINT_IN_TIME = "BooksTable.restoreToPointInTime";
    private static final String RESTORE_IN_REGION = "BooksTable.restoreToPointInTimeInRegion";
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ScenarioContext context;
    private final Fixtures fixtures;
    /** The restore the scenario asked of the learner's code. */
    private Backups.Restore restore;

    public BackupSteps(ScenarioContext context) {
        this.context = context;
        this.fixtures = context.fixtures();
    }

    // On-demand backups

    @When("I back up the Books table as {string}")
    public void iBackUpTheBooksTableAs(String name) {
        context.backupArn = context.learner().call(CREATE_BACKUP, AnswerType.of(String.class), name);
    }

    @Then("I get the ARN of a backup named {string} of the Books table")
    public void iGetTheArnOfABackupNamedOfTheBooksTable(String name) {
        BackupDescription backup = Backups.answersTheBackupArn(fixtures.client(), CREATE_BACKUP, context.backupArn, name,
                Fixtures.BOOKS);
        assertThat(backup.backupDetails().backupName()).as("the name of the backup the ARN names").isEqualTo(name);
        assertThat(backup.sourceTableDetails().tableName()).as("the table the backup was taken of").isEqualTo(Fixtures.BOOKS);
    }

    @When("I restore that backup into the table {string}")
    public void iRestoreThatBackupIntoTheTable(String target) {
        restore(RESTORE_BACKUP, Backups.FROM_BACKUP, target, "the moment the backup was taken", context.backupArn, target);
    }

    @When("I try to restore that backup into the table {string}")
    public void iTryToRestoreThatBackupIntoTheTable(String target) {
        iRestoreThatBackupIntoTheTable(target);
    }

    @Then("I am told the target table already exists")
    public void iAmToldTheTargetTableAlreadyExists() {
        Backups.asksTheService(context.calls().calls(), restore);
        Expect.refused(context.attempt, TableAlreadyExistsException.class, "the target table already exists");
    }

    @Then("the table {string} is active and holds the five books")
    public void theTableIsActiveAndHoldsTheFiveBooks(String table) {
        restoredHolds(table, Library.FIVE_BOOKS);
    }

    /** Books the shop added in this scenario, which the Books table keeps. */
    private final List<Book> addedByTheShop = new java.util.ArrayList<>();

    @Given("at {time} the shop adds {string} by {string}")
    public void atTheShopAddsBy(LocalTime time, String title, String author) {
        context.setClockTo(time, false);
        Book book = added(title, author);
        fixtures.put(List.of(book));
        addedByTheShop.add(book);
    }

    @Then("the table {string} is active and holds the five books and {string} by {string}")
    public void theTableIsActiveAndHoldsTheFiveBooksAndBy(String table, String title, String author) {
        restoredHolds(table, fiveBooksAnd(title, author));
    }

    /** The five books, and one the shop added. */
    private static List<Book> fiveBooksAnd(String title, String author) {
        List<Book> books = new java.util.ArrayList<>(Library.FIVE_BOOKS);
        books.add(added(title, author));
        return books;
    }

    /** A book the shop adds in a scenario: a children's book in paperback. */
    private static Book added(String title, String author) {
        return new Book(author, title, "Children", Library.formats("Paperback", "P4K7Q1X9"));
    }

    private void restoredHolds(String table, List<Book> expected) {
        Backups.asksTheService(context.calls().calls(), restore);
        context.attempt.mustHaveSucceeded();
        restoredTableHolds(fixtures, table, "", expected);
    }

    /**
     * The restore returned once the table was ACTIVE, and the table (seen through {@code where}, in the region
     * {@code in} names: empty for the store's own) holds {@code expected}.
     */
    private void restoredTableHolds(Fixtures where, String table, String in, List<Book> expected) {
        Backups.returnsOnceActive(context.calls().calls(), restore);
        assertThat(where.describe(table).map(TableDescription::tableStatus))
                .as("the restored table " + table + in + " when " + restore.method() + " returned: a restore takes a "
                        + "while, so wait until the table is ACTIVE" + (in.isEmpty() ? "" : ", asking the region it is made in"))
                .contains(TableStatus.ACTIVE);
        Expect.sameBooks(where.books(table), expected, "the books in " + table + in + ", restored as of " + restore.moment());
    }

    // Point-in-time recovery

    @When("I turn on point-in-time recovery")
    public void iTurnOnPointInTimeRecovery() {
        context.learner().run("BooksTable.enablePointInTimeRecovery");
    }

    @Then("point-in-time recovery is enabled for the Books table")
    public void pointInTimeRecoveryIsEnabledForTheBooksTable() {
        PointInTimeRecoveryStatus status = fixtures.client()
                .describeContinuousBackups(describe -> describe.tableName(Fixtures.BOOKS))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus();
        assertThat(status).as("the Books table's point-in-time recovery").isEqualTo(PointInTimeRecoveryStatus.ENABLED);
    }

    @When("I restore the Books table to its latest restorable time into the table {string}")
    public void iRestoreTheBooksTableToItsLatestRestorableTimeIntoTheTable(String target) {
        restore(RESTORE_LATEST, Backups.TO_POINT_IN_TIME, target, "its latest restorable time", target);
    }

    @When("I try to restore the Books table to its latest restorable time into the table {string}")
    public void iTryToRestoreTheBooksTableToItsLatestRestorableTimeIntoTheTable(String target) {
        iRestoreTheBooksTableToItsLatestRestorableTimeIntoTheTable(target);
    }

    @When("at {time} I restore the Books table as it was at {time} into the table {string}")
    public void atIRestoreTheBooksTableAsItWasAtIntoTheTable(LocalTime now, LocalTime then, String target) {
        context.setClockTo(now, false);
        Instant moment = context.today(then);
        restore(RESTORE_TO_POINT_IN_TIME, Backups.TO_POINT_IN_TIME, target,
                HOURS_AND_MINUTES.format(then) + " on the store's clock (" + moment + ")", moment, target);
    }

    @When("at {time} I try to restore the Books table as it was at {time} into the table {string}")
    public void atITryToRestoreTheBooksTableAsItWasAtIntoTheTable(LocalTime now, LocalTime then, String target) {
        atIRestoreTheBooksTableAsItWasAtIntoTheTable(now, then, target);
    }

    // Into another region

    @When("at {time} I restore the Books table as it was at {time} into the table {string} in {word}")
    public void atIRestoreTheBooksTableAsItWasAtIntoTheTableIn(LocalTime now, LocalTime then, String target, String region) {
        assertThat(region).as("the region the scenario restores into, which must be another than the store's own "
                + "(-Dkata.region)").isNotEqualTo(context.region());
        context.setClockTo(now, false);
        Instant moment = context.today(then);
        restore(RESTORE_IN_REGION, Backups.TO_POINT_IN_TIME, target,
                HOURS_AND_MINUTES.format(then) + " on the store's clock (" + moment + ")", new ClientInRegion(region),
                moment, target);
    }

    @Then("the table {string} in {word} is active and holds the five books and {string} by {string}")
    public void theTableInIsActiveAndHoldsTheFiveBooksAndBy(String table, String region, String title, String author) {
        Backups.asksTheService(context.calls().calls(), restore);
        Backups.namesItsSourceByArn(context.attempt.thrownClassName(),
                context.attempt.thrown() == null ? null : context.attempt.thrown().getMessage(), restore, region, context.region());
        context.attempt.mustHaveSucceeded();
        Fixtures there = context.fixturesIn(region);
        Backups.madeWhereAsked(there.describe(table).isPresent(), fixtures.describe(table).isPresent(), restore, region,
                context.region());
        restoredTableHolds(there, table, " in " + region, fiveBooksAnd(title, author));
    }

    @Then("the Books table's own region has no table {string}")
    public void theBooksTablesOwnRegionHasNoTable(String table) {
        assertThat(fixtures.describe(table).map(TableDescription::tableStatus))
                .as("the table " + table + " in " + context.region() + ", the Books table's own region: a restore into "
                        + "another region makes its table there alone").isEmpty();
    }

    @Then("I am told point-in-time recovery is not on for the Books table")
    public void iAmToldPointInTimeRecoveryIsNotOnForTheBooksTable() {
        Backups.asksTheService(context.calls().calls(), restore);
        Expect.refused(context.attempt, PointInTimeRecoveryUnavailableException.class,
                "point-in-time recovery was never turned on for the Books table, so there is no moment to restore");
    }

    @Then("no table {string} was made")
    public void noTableWasMade(String table) {
        assertThat(fixtures.describe(table).map(TableDescription::tableStatus))
                .as("the table " + table + ", which a refused restore must not leave behind").isEmpty();
    }

    // What a careless deploy does, through the harness's own hands

    @When("at {time} a careless deploy deletes {string} and {string} by {string}")
    public void atACarelessDeployDeletesAndBy(LocalTime time, String title, String otherTitle, String author) {
        context.setClockTo(time, false);
        fixtures.delete(author, title);
        fixtures.delete(author, otherTitle);
    }

    @Then("the Books table still lacks {string} and {string} by {string}")
    public void theBooksTableStillLacksAndBy(String title, String otherTitle, String author) {
        List<Book> left = new java.util.ArrayList<>(Library.FIVE_BOOKS.stream().filter(book -> !(book.author().equals(author)
                && (book.title().equals(title) || book.title().equals(otherTitle)))).toList());
        left.addAll(addedByTheShop);
        Expect.sameBooks(fixtures.books(), left, "the books in the Books table: a restore makes a new table and leaves the "
                + "table it restores alone");
    }

    /** Asks the learner's code for a restore, and keeps what was asked and what it did for the steps that judge it. */
    private void restore(String method, String operation, String target, String moment, Object... arguments) {
        restore = new Backups.Restore(method, operation, target, moment);
        context.attempt = context.learner().attempt(method, arguments);
    }
}
