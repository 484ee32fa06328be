package lab.client;

import lab.endpoint.LabClock;
import lab.fixtures.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Tests that run code through the lab endpoint as the learner's client, on a Books table of the five books of their own. */
abstract class OnARecordedStore {

    RecordedStore store;
    /** The client learner code is handed: recorded, with the store's faults injected. */
    DynamoDbClient learner;
    CallLog log;
    Faults faults;
    /** The harness's own reading and writing, neither recorded nor faulted. */
    Fixtures fixtures;
    /** The store's clock, as the lab endpoint keeps it for this store. */
    LabClock clock;

    @BeforeEach
    void aStoreWithTheFiveBooks() {
        store = new RecordedStore();
        learner = store.learner;
        log = store.log;
        faults = store.faults;
        fixtures = store.fixtures;
        clock = store.namespace().clock();
    }

    @AfterEach
    void closeTheClients() {
        store.close();
    }
}
