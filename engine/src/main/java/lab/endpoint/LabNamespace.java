package lab.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import lab.backend.Namespace;
import lab.client.CallLog;
import lab.client.Faults;
import lab.cloudwatch.MetricStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One scenario's place on the lab endpoint: the credentials its learner's code and its harness sign with, the
 * backend namespace they reach, the calls the learner's code made, the faults injected into them, the store's clock,
 * the metrics it published, and whatever the emulations keep for it (its backups, its point-in-time journal).
 */
public final class LabNamespace {

    private final Namespace backend;
    private final DynamoDbClient backendClient;
    private final BackendCalls backendCalls;
    private final LabCredentials learner = LabCredentials.fresh();
    private final LabCredentials harness = LabCredentials.fresh();
    private final LabCredentials shop = LabCredentials.fresh();
    private final CallLog calls = new CallLog();
    private final Faults faults = new Faults();
    private final LabClock clock = new LabClock();
    private final Map<Class<?>, Object> kept = new ConcurrentHashMap<>();
    private final ThrottledAttempts throttled = new ThrottledAttempts();
    private final MetricStore metrics = new MetricStore(clock::now);

    LabNamespace(Namespace backend, DynamoDbClient backendClient, BackendCalls backendCalls) {
        this.backend = backend;
        this.backendClient = backendClient;
        this.backendCalls = backendCalls;
    }

    /** The backend namespace this one reaches: where its tables really are. */
    public Namespace backend() {
        return backend;
    }

    /** A client straight to the backend, for emulations: nothing it does is recorded, journaled or faulted. */
    public DynamoDbClient backendClient() {
        return backendClient;
    }

    /** The backend namespace on the wire, JSON in and out, for emulations: like {@link #backendClient()}, unseen. */
    public BackendCalls backendCalls() {
        return backendCalls;
    }

    /** What the learner's code signs with: its calls are recorded, and the scenario's faults injected into them. */
    public LabCredentials learnerCredentials() {
        return learner;
    }

    /**
     * What the shop's other clients sign with, whose traffic the lab makes: faulted and published as metrics like
     * the learner's calls, but not recorded as the learner's.
     */
    public LabCredentials shopCredentials() {
        return shop;
    }

    /** What the harness signs with: its calls are neither recorded nor faulted, but emulations see them. */
    public LabCredentials harnessCredentials() {
        return harness;
    }

    /** Every call the learner's code made, in order. */
    public CallLog calls() {
        return calls;
    }

    public Faults faults() {
        return faults;
    }

    public LabClock clock() {
        return clock;
    }

    /** The metrics the store published to CloudWatch, from the learner's calls, at the store's time. */
    public MetricStore metrics() {
        return metrics;
    }

    /** What an emulation keeps for this namespace, made on first use. */
    public <T> T kept(Class<T> kind, Supplier<T> make) {
        return kind.cast(kept.computeIfAbsent(kind, missing -> make.get()));
    }

    ThrottledAttempts throttled() {
        return throttled;
    }

    @Override
    public String toString() {
        return backend.id();
    }
}
