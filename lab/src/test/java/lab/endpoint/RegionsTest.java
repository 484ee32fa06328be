package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

/**
 * Each region is a store of its own, as on the service: a client signing for another region reaches the scenario's
 * tables, backups, point-in-time journals and metrics there, and ARNs name the region; a point-in-time restore asked of
 * another region finds its source there by the ARN that names the source's region.
 */
class RegionsTest {

    private static final String IRELAND = "eu-west-1";

    private final LabRun run = LabRun.current();
    private FiveBooksNamespace store;
    private DynamoDbClient learner;
    private DynamoDbClient learnerInIreland;
    private Fixtures harnessInIreland;
    private DynamoDbClient harnessClientInIreland;

    @BeforeEach
    void theBooksTableTheHarnessMadeInTheStoresRegion() {
        assertThat(run.endpoint().region()).as("the store's own region, which this test tells from Ireland").isNotEqualTo(IRELAND);
        store = new FiveBooksNamespace();
        learner = run.learnerClient(store.namespace);
        learnerInIreland = run.learnerClient(store.namespace, IRELAND);
        harnessClientInIreland = run.harnessClient(store.namespace, IRELAND);
        harnessInIreland = new Fixtures(harnessClientInIreland);
    }

    @AfterEach
    void close() {
        learner.close();
        learnerInIreland.close();
        harnessClientInIreland.close();
        store.close();
    }

    @Test
    void anotherRegionHasTablesOfItsOwnWhoseArnsNameIt() {
        assertThat(learnerInIreland.listTables().tableNames()).as("the tables in Ireland").isEmpty();
        harnessInIreland.createBooksTable();
        TableDescription there = learnerInIreland.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table();
        assertThat(there.tableArn()).isEqualTo("arn:aws:dynamodb:eu-west-1:000000000000:table/Books");
        assertThat(harnessInIreland.books()).as("the books of Ireland's Books table").isEmpty();
        assertThat(store.fixtures.books()).as("the books of the store's own Books table").hasSize(5);
        assertThat(learner.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableArn())
                .isEqualTo("arn:aws:dynamodb:" + run.endpoint().region() + ":000000000000:table/Books");
    }

    @Test
    void backupsAreKeptInTheRegionOfTheirTable() {
        String backupArn = learner.createBackup(backup -> backup.tableName(Fixtures.BOOKS).backupName("Home"))
                .backupDetails().backupArn();
        assertThat(learnerInIreland.listBackups(list -> list.tableName(Fixtures.BOOKS)).backupSummaries())
                .as("Ireland's backups").isEmpty();
        assertThatThrownBy(() -> learnerInIreland.describeBackup(describe -> describe.backupArn(backupArn)))
                .isInstanceOf(BackupNotFoundException.class);
        String homeTableArn = learner.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableArn();
        assertThatThrownBy(() -> learnerInIreland.createBackup(backup -> backup.tableName(homeTableArn).backupName("There")))
                .as("a backup asked of Ireland of a table of another region").isInstanceOf(TableNotFoundException.class);
    }

    @Test
    void aPointInTimeRestoreAskedOfAnotherRegionRestoresTheTableTheArnNames() {
        learner.updateContinuousBackups(update -> update.tableName(Fixtures.BOOKS)
                .pointInTimeRecoverySpecification(pitr -> pitr.pointInTimeRecoveryEnabled(true)));
        String sourceArn = learner.describeTable(describe -> describe.tableName(Fixtures.BOOKS)).table().tableArn();
        assertThatThrownBy(() -> learnerInIreland.restoreTableToPointInTime(restore -> restore
                .sourceTableName(Fixtures.BOOKS).targetTableName("BooksInIreland").useLatestRestorableTime(true)))
                .as("the source named by its name in Ireland, which has no Books table").isInstanceOf(TableNotFoundException.class);
        TableDescription restored = learnerInIreland.restoreTableToPointInTime(restore -> restore
                .sourceTableArn(sourceArn).targetTableName("BooksInIreland").useLatestRestorableTime(true)).tableDescription();
        assertThat(restored.tableArn()).isEqualTo("arn:aws:dynamodb:eu-west-1:000000000000:table/BooksInIreland");
        assertThat(restored.restoreSummary().sourceTableArn()).as("the source, in its own region").isEqualTo(sourceArn);
        harnessInIreland.settle("BooksInIreland", table -> true);
        assertThat(harnessInIreland.books("BooksInIreland")).containsExactlyInAnyOrderElementsOf(Library.FIVE_BOOKS);
        assertThat(store.fixtures.describe("BooksInIreland")).as("the restored table in the store's own region").isEmpty();
        assertThat(store.namespace.calls().calls()).as("the learner's calls, each where it went")
                .filteredOn(call -> call.operation().equals("RestoreTableToPointInTime"))
                .extracting(call -> call.target()).containsOnly("the BooksInIreland table in eu-west-1");
    }

    @Test
    void eachRegionPublishesTheMetricsOfItsOwnTables() {
        harnessInIreland.createBooksTable();
        harnessInIreland.put(Library.FIVE_BOOKS);
        Instant before = store.namespace.clock().now();
        learnerInIreland.scan(scan -> scan.tableName(Fixtures.BOOKS));
        try (CloudWatchClient home = cloudWatch(run.endpoint().region()); CloudWatchClient ireland = cloudWatch(IRELAND)) {
            assertThat(ireland.listMetrics(list -> list.namespace("AWS/DynamoDB").metricName("ReturnedItemCount")).metrics())
                    .extracting(Metric::metricName).as("Ireland's metrics after a Scan there").containsExactly("ReturnedItemCount");
            assertThat(home.listMetrics(list -> list.namespace("AWS/DynamoDB")).metrics())
                    .as("the store's own region's metrics, where nothing of the learner's ran since %s", before).isEmpty();
        }
    }

    private CloudWatchClient cloudWatch(String region) {
        return CloudWatchClient.builder().endpointOverride(run.endpoint().uri()).region(Region.of(region))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        store.namespace.learnerCredentials().accessKeyId(),
                        store.namespace.learnerCredentials().secretAccessKey())))
                .build();
    }
}
