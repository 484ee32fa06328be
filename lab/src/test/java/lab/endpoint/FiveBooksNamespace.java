package lab.endpoint;

import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import lab.run.LabRun;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A namespace of the run whose Books table the harness made and filled with the five books; closed with its client. */
final class FiveBooksNamespace implements AutoCloseable {

    final LabRun run = LabRun.current();
    final LabNamespace namespace = run.openNamespace();
    final DynamoDbClient harness = run.harnessClient(namespace);
    final Fixtures fixtures = new Fixtures(harness);

    FiveBooksNamespace() {
        fixtures.createBooksTable();
        fixtures.put(Library.FIVE_BOOKS);
    }

    @Override
    public void close() {
        harness.close();
        run.closeNamespace(namespace);
    }
}
