package lab.endpoint.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lab.fixtures.Book;
import lab.backend.Capability;
import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import lab.fixtures.Library;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableAlreadyExistsException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Point-in-time recovery as the lab endpoint emulates it on the store's clock, through the SDK. */
class PointInTimeEmulationTest extends OnAnEmulatedStore {

    private static final Instant NINE_FORTY = Instant.parse("2026-03-01T09:40:00Z");
    private static final Book KINDRED = new Book("Octavia E. Butler", "Kindred", "Science Fiction", Library.formats());

    PointInTimeEmulationTest() {
        super(Capability.POINT_IN_TIME_RECOVERY);
    }

    private PointInTimeRecoveryDescription recovery() {
        var described = store.learner.describeContinuousBackups(describe -> describe.tableName(Fixtures.BOOKS))
                .continuousBackupsDescription();
        assertThat(described.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
        return described.pointInTimeRecoveryDescription();
    }

    private void enable() {
        store.learner.updateContinuousBackups(update -> update.tableName(Fixtures.BOOKS)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
    }

    private List<Book> restoredAt(Instant moment, String target) {
        TableDescription answered = store.learner.restoreTableToPointInTime(restore -> restore
                .sourceTableName(Fixtures.BOOKS).targetTableName(target).restoreDateTime(moment)).tableDescription();
        assertThat(answered.tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(answered.restoreSummary().restoreDateTime()).isEqualTo(moment);
        assertThat(answered.restoreSummary().sourceTableArn()).endsWith(":table/" + Fixtures.BOOKS);
        store.fixtures.settle(target, table -> true);
        return store.fixtures.books(target);
    }

    @Test
    void recoveryIsOffUntilEnabledThenItsWindowLagsFiveMinutesBehindTheClock() {
        assertThat(recovery().pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
        assertThatThrownBy(() -> store.learner.restoreTableToPointInTime(restore -> restore.sourceTableName(Fixtures.BOOKS)
                .targetTableName("Rewound").useLatestRestorableTime(true)))
                .isInstanceOf(PointInTimeRecoveryUnavailableException.class)
                .hasMessageStartingWith("Point in time recovery is not enabled for table 'Books'");

        clock().set(NINE_FORTY);
        enable();
        PointInTimeRecoveryDescription enabled = recovery();
        assertThat(enabled.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
        assertThat(enabled.recoveryPeriodInDays()).isEqualTo(35);
        assertThat(Duration.between(NINE_FORTY, enabled.earliestRestorableDateTime()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(enabled.latestRestorableDateTime()).as("right after enabling: the moment it was enabled")
                .isEqualTo(enabled.earliestRestorableDateTime());

        clock().set(NINE_FORTY.plus(Duration.ofMinutes(30)));
        PointInTimeRecoveryDescription later = recovery();
        assertThat(later.earliestRestorableDateTime()).isEqualTo(enabled.earliestRestorableDateTime());
        assertThat(Duration.between(NINE_FORTY.plus(Duration.ofMinutes(25)), later.latestRestorableDateTime()).abs())
                .isLessThan(Duration.ofSeconds(5));

        store.learner.updateContinuousBackups(update -> update.tableName(Fixtures.BOOKS)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(false)));
        assertThat(recovery().pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }

    @Test
    void aRestoreGivesTheTableExactlyAsItWasAtThatMomentWhoeverWroteIt() {
        clock().set(NINE_FORTY);
        enable();
        Instant enabledAt = recovery().earliestRestorableDateTime();
        clock().set(NINE_FORTY.plus(Duration.ofMinutes(10)));
        store.fixtures.put(List.of(KINDRED));
        clock().set(NINE_FORTY.plus(Duration.ofMinutes(20)));
        store.learner.deleteItem(delete -> delete.tableName(Fixtures.BOOKS).key(Items.key(Library.FIVE_BOOKS.get(0).author(), Library.FIVE_BOOKS.get(0).title())));
        clock().set(NINE_FORTY.plus(Duration.ofMinutes(60)));

        List<Book> withKindred = new ArrayList<>(Library.FIVE_BOOKS);
        withKindred.add(KINDRED);
        List<Book> withoutTheRainmaker = new ArrayList<>(withKindred);
        withoutTheRainmaker.remove(0);
        assertThat(restoredAt(enabledAt, "AtNineForty")).containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
        assertThat(restoredAt(NINE_FORTY.plus(Duration.ofMinutes(15)), "AtNineFiftyFive"))
                .containsExactlyInAnyOrderElementsOf(withKindred);
        store.learner.restoreTableToPointInTime(restore -> restore.sourceTableName(Fixtures.BOOKS)
                .targetTableName("Latest").useLatestRestorableTime(true));
        store.fixtures.settle("Latest", table -> true);
        assertThat(store.fixtures.books("Latest")).containsExactlyInAnyOrderElementsOf(withoutTheRainmaker);
        assertThat(store.fixtures.books()).as("the source table itself").containsExactlyInAnyOrderElementsOf(withoutTheRainmaker);
    }

    @Test
    void restoresAreRefusedAsTheServiceRefusesThem() {
        clock().set(NINE_FORTY);
        enable();
        clock().set(NINE_FORTY.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> restoredAt(NINE_FORTY.minus(Duration.ofMinutes(1)), "TooEarly"))
                .isInstanceOf(InvalidRestoreTimeException.class)
                .as("its times, as a person reads them").hasMessageContaining("Invalid RestoreDateTime "
                        + NINE_FORTY.minus(Duration.ofMinutes(1)) + ": RestoreDateTime must be between "
                        + "EarliestRestorableDateTime " + NINE_FORTY.toString().replace("Z", ""));
        assertThatThrownBy(() -> restoredAt(NINE_FORTY.plus(Duration.ofMinutes(58)), "TooLate"))
                .as("within the five minutes' lag").isInstanceOf(InvalidRestoreTimeException.class);
        assertThatThrownBy(() -> store.learner.restoreTableToPointInTime(restore -> restore
                .sourceTableName("Nope").targetTableName("Rewound").useLatestRestorableTime(true)))
                .isInstanceOf(TableNotFoundException.class).hasMessageStartingWith("Table not found: Nope");
        store.fixtures.createTable("Taken");
        assertThatThrownBy(() -> store.learner.restoreTableToPointInTime(restore -> restore
                .sourceTableName(Fixtures.BOOKS).targetTableName("Taken").useLatestRestorableTime(true)))
                .isInstanceOf(TableAlreadyExistsException.class).hasMessageStartingWith("Table already exists: Taken");
        assertThatThrownBy(() -> store.learner.restoreTableToPointInTime(restore -> restore
                .sourceTableName(Fixtures.BOOKS).targetTableName("Rewound").useLatestRestorableTime(true)
                .restoreDateTime(NINE_FORTY))).hasMessageStartingWith(PointInTimeEmulation.BOTH_TIMES);
        assertThatThrownBy(() -> store.learner.restoreTableToPointInTime(restore -> restore
                .targetTableName("Rewound").useLatestRestorableTime(true))).hasMessageStartingWith(PointInTimeEmulation.NO_SOURCE);
        assertThatThrownBy(() -> store.learner.updateContinuousBackups(update -> update.tableName("Nope")
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true))))
                .isInstanceOf(TableNotFoundException.class);
    }

    @Test
    void deletingTheTableEndsItsRecovery() {
        enable();
        store.fixtures.deleteTable(Fixtures.BOOKS);
        store.fixtures.createBooksTable();
        assertThat(recovery().pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }

    @Test
    void deletingATableWithRecoveryOnLeavesASystemBackupOfIt() {
        enable();
        store.learner.deleteTable(delete -> delete.tableName(Fixtures.BOOKS));
        var system = store.learner.listBackups(list -> list.backupType(BackupTypeFilter.SYSTEM)).backupSummaries();
        assertThat(system).as("the system backups after the deletion").singleElement().satisfies(backup -> {
            assertThat(backup.backupName()).isEqualTo("Books$DeletedTableBackup");
            assertThat(backup.backupType()).isEqualTo(BackupType.SYSTEM);
            assertThat(backup.tableName()).isEqualTo(Fixtures.BOOKS);
        });
        assertThat(store.learner.listBackups(list -> list.backupType(BackupTypeFilter.USER)).backupSummaries())
                .as("the user's backups").isEmpty();
        store.learner.restoreTableFromBackup(restore -> restore.backupArn(system.get(0).backupArn())
                .targetTableName("Undeleted"));
        store.fixtures.settle("Undeleted", table -> true);
        assertThat(store.fixtures.books("Undeleted")).as("the books of the deleted table")
                .containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);

        store.fixtures.createBooksTable();
        store.learner.deleteTable(delete -> delete.tableName(Fixtures.BOOKS));
        assertThat(store.learner.listBackups(list -> list.backupType(BackupTypeFilter.SYSTEM)).backupSummaries())
                .as("a table deleted with its recovery off leaves none").hasSize(1);
    }
}
