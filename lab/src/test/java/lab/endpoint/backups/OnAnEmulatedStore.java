package lab.endpoint.backups;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import lab.backend.Capability;
import lab.client.RecordedStore;
import lab.endpoint.LabClock;
import lab.run.LabRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of an emulation, each on a Books table of the five books of its own, where the lab emulates {@code needs};
 * skipped, in one line, where the backend has it itself.
 */
abstract class OnAnEmulatedStore {

    private final Capability needs;
    RecordedStore store;

    OnAnEmulatedStore(Capability needs) {
        this.needs = needs;
    }

    @BeforeEach
    void aStoreWithTheFiveBooks() {
        LabRun run = LabRun.current();
        assumeTrue(run.capabilities().emulated(needs), "the " + run.backend().name() + " backend has "
                + needs.description() + " of its own: nothing of it is emulated");
        store = new RecordedStore();
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    LabClock clock() {
        return store.namespace().clock();
    }
}
