package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Backups and point-in-time recovery (exercise 08); these scenarios run only where the backend has them. */
public class BackupSteps {

    private final ScenarioContext context;
    private final Fixtures fixtures;

    public BackupSteps(ScenarioContext context) {
        this.context = context;
        this.fixtures = context.fixtures();
    }

    @When("I back up the Books table as {string}")
    public void iBackUpTheBooksTableAs(String name) {
        context.backupArn = context.learner().call("BooksTable.createBackup", () -> context.code().createBackup(name));
    }

    @Then("I get the ARN of a backup named {string} of the Books table")
    public void iGetTheArnOfABackupNamedOfTheBooksTable(String name) {
        assertThat(context.backupArn).as("what BooksTable.createBackup answered: the backup's ARN").isNotBlank();
        BackupDescription backup = fixtures.client().describeBackup(describe -> describe.backupArn(context.backupArn))
                .backupDescription();
        assertThat(backup.backupDetails().backupName()).as("the name of the backup the ARN names").isEqualTo(name);
        assertThat(backup.sourceTableDetails().tableName()).as("the table the backup was taken of").isEqualTo(Fixtures.BOOKS);
    }

    @When("I restore that backup into the table {string}")
    public void iRestoreThatBackupIntoTheTable(String target) {
        context.learner().run("BooksTable.restoreBackup", () -> context.code().restoreBackup(context.backupArn, target));
    }

    @When("I try to restore that backup into the table {string}")
    public void iTryToRestoreThatBackupIntoTheTable(String target) {
        context.attempt = context.learner().attempt("BooksTable.restoreBackup",
                () -> context.code().restoreBackup(context.backupArn, target));
    }

    @Then("I am told the target table already exists")
    public void iAmToldTheTargetTableAlreadyExists() {
        Expect.refused(context.attempt, TableAlreadyExistsException.class, "the target table already exists");
    }

    @Then("the table {string} is active and holds the five books")
    public void theTableIsActiveAndHoldsTheFiveBooks(String table) {
        assertThat(fixtures.describe(table).map(described -> described.tableStatus()))
                .as("the restored table " + table + " when the restore returned").contains(TableStatus.ACTIVE);
        assertThat(fixtures.books(table)).as("the books in " + table).containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
    }

    @When("I turn on point-in-time recovery")
    public void iTurnOnPointInTimeRecovery() {
        context.learner().run("BooksTable.enablePointInTimeRecovery", () -> context.code().enablePointInTimeRecovery());
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
        context.learner().run("BooksTable.restoreToLatestRestorableTime",
                () -> context.code().restoreToLatestRestorableTime(target));
    }
}
