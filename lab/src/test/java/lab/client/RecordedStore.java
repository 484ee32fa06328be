package lab.client;

import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the harness's own tests of what the lab endpoint records and emulates: a namespace of its own on the run's
 * endpoint holding the Books table and the five books, with the harness's fixtures and a client as the learner's code
 * would get it.
 */
public final class RecordedStore implements AutoCloseable {

    public final CallLog log;
    public final Faults faults;
    public final DynamoDbClient learner;
    public final Fixtures fixtures;
    private final LabRun run = LabRun.current();
    private final LabNamespace namespace = run.openNamespace();
    private final DynamoDbClient harness;

    public RecordedStore() {
        log = namespace.calls();
        faults = namespace.faults();
        harness = run.harnessClient(namespace);
        learner = run.learnerClient(namespace);
        fixtures = new Fixtures(harness);
        fixtures.createBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    }

    /** The namespace on the endpoint: its clock, what the emulations keep for it. */
    public LabNamespace namespace() {
        return namespace;
    }

    @Override
    public void close() {
        harness.close();
        learner.close();
        run.closeNamespace(namespace);
    }
}
