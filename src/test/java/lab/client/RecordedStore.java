package lab.client;

import lab.backend.Backends;
import lab.backend.Namespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the harness's own tests of the recorded client: a namespace of its own on the run's backend holding the Books
 * table and the five books, with the harness's fixtures and a recorded client as the learner's code would get it.
 */
final class RecordedStore implements AutoCloseable {

    final CallLog log = new CallLog();
    final Faults faults = new Faults();
    final DynamoDbClient learner;
    final Fixtures fixtures;
    private final DynamoDbClient harness;

    RecordedStore() {
        Backends.Running run = Backends.current();
        Namespace namespace = run.backend().newNamespace();
        harness = Clients.plain(run.backend(), namespace);
        learner = Clients.forLearner(run.backend(), namespace, log, faults);
        fixtures = new Fixtures(harness);
        fixtures.createBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    }

    @Override
    public void close() {
        harness.close();
        learner.close();
    }
}
