package lab.client;

import lab.endpoint.LabClock;
import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the harness's own tests of what the lab endpoint records: a namespace of its own on the run's endpoint holding
 * the Books table and the five books, with the harness's fixtures and a client as the learner's code would get it.
 */
final class RecordedStore implements AutoCloseable {

    final CallLog log;
    final Faults faults;
    final DynamoDbClient learner;
    final Fixtures fixtures;
    /** The store's clock, as the lab endpoint keeps it for this namespace. */
    final LabClock clock;
    private final LabRun run = LabRun.current();
    private final LabNamespace namespace = run.openNamespace();
    private final DynamoDbClient harness;

    RecordedStore() {
        log = namespace.calls();
        faults = namespace.faults();
        clock = namespace.clock();
        harness = run.harnessClient(namespace);
        learner = run.learnerClient(namespace);
        fixtures = new Fixtures(harness);
        fixtures.createBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    }

    @Override
    public void close() {
        harness.close();
        learner.close();
        run.closeNamespace(namespace);
    }
}
