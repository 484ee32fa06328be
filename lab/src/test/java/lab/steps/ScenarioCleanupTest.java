package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import lab.backend.Backend;
import lab.backend.CreatedResources;
import lab.backend.KataConfigurationException;
import lab.backend.LabTables;
import lab.backend.Namespace;
import lab.client.Clients;
import lab.endpoint.LabNamespace;
import lab.run.LabRun;
import lab.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Safety on an endpoint the harness does not own, played out in one database of the run's backend that two parties
 * share: the scenario's clients, and someone else's, signing with the same access key id.
 */
class ScenarioCleanupTest {

    private final LabRun run = LabRun.current();
    private final Backend backend = run.backend();
    private final Clients clients = new Clients();

    @AfterEach
    void closeTheClients() {
        clients.close();
    }

    @Test
    void aScenarioRemovesTheTablesItMadeAndLeavesEveryOtherTable() {
        String database = "cleanup" + System.nanoTime();
        Namespace scenario = Namespace.isolated(database);
        Namespace someoneElse = Namespace.isolated(database);
        LabNamespace scenarios = run.endpoint().open(scenario, clients.direct(backend.endpoint(), backend.region(), scenario.credentials()));
        LabNamespace others = run.endpoint().open(someoneElse, clients.direct(backend.endpoint(), backend.region(), someoneElse.credentials()));
        try (DynamoDbClient scenarioClient = run.harnessClient(scenarios);
             DynamoDbClient otherClient = run.harnessClient(others)) {
            Fixtures scenarioFixtures = new Fixtures(scenarioClient);
            new Fixtures(otherClient).createTable("BooksArchive");
            Instant started = Instant.now();
            scenarioFixtures.createBooksTable();
            scenarioFixtures.createTable("BooksRestored");
            scenarioFixtures.protectAgainstDeletion("BooksRestored");

            ScenarioCleanup.removeWhatItMade(scenarioFixtures, scenario.created(), started);

            assertThat(scenario.created().tables()).as("the tables the scenario's ledger says it made")
                    .containsOnlyKeys("Books", "BooksRestored")
                    .containsValues(CreatedResources.Made.ANSWERED);
            assertThat(scenarioFixtures.tableNames()).as("the tables left in the shared database after the scenario's clean-up")
                    .containsExactly("BooksArchive");
        } finally {
            run.closeNamespace(scenarios);
            run.closeNamespace(others);
        }
    }

    @Test
    void theRunRefusesInOneLineAnEndpointThatAlreadyHasATableTheLabWouldMake() {
        Namespace shared = Namespace.isolated("existing" + System.nanoTime());
        try (DynamoDbClient client = clients.direct(backend.endpoint(), backend.region(), shared.credentials())) {
            new Fixtures(client).createTable("Customers");
            LabTables.refuseAnyThatExist(backend, client);
            new Fixtures(client).createTable("BooksRestored");

            assertThatThrownBy(() -> LabTables.refuseAnyThatExist(backend, client))
                    .as("what a run is told where the endpoint already has BooksRestored")
                    .isInstanceOf(KataConfigurationException.class)
                    .hasMessageContainingAll("already has a table BooksRestored that the lab would create",
                            "it never touches tables it did not make")
                    .satisfies(thrown -> assertThat(thrown.getMessage().lines()).as("lines in the message").hasSize(1));
        }
    }

    @Test
    void theTablesTheLabMayMakeAreBooksAndEveryTableAFeatureNames() {
        assertThat(LabTables.names(Path.of("features"))).as("the tables a run of the lab may create")
                .contains("Books", "BooksArchive", "BooksRestored", "BooksRewound")
                .doesNotContain("Customers");
    }
}
