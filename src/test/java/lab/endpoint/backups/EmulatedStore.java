package lab.endpoint.backups;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import lab.backend.Capability;
import lab.endpoint.LabClock;
import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the emulations' own tests: a namespace of its own on the run's endpoint, where the lab emulates {@code needs},
 * holding the Books table and the five books, with the harness's fixtures and a client as the learner's code gets it.
 */
final class EmulatedStore implements AutoCloseable {

    final LabRun run = LabRun.current();
    final LabNamespace namespace;
    final DynamoDbClient harness;
    final DynamoDbClient learner;
    final Fixtures fixtures;

    EmulatedStore(Capability needs) {
        assumeTrue(run.capabilities().emulated(needs), "the " + run.backend().name() + " backend has "
                + needs.description() + " of its own: nothing of it is emulated");
        namespace = run.openNamespace();
        harness = run.harnessClient(namespace);
        learner = run.learnerClient(namespace);
        fixtures = new Fixtures(harness);
        fixtures.createBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    }

    LabClock clock() {
        return namespace.clock();
    }

    @Override
    public void close() {
        harness.close();
        learner.close();
        run.closeNamespace(namespace);
    }
}
