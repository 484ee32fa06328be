package lab.endpoint;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import lab.backend.CreatedResources;
import lab.backend.Namespace;
import lab.client.CallLog;
import lab.client.Faults;
import lab.cloudwatch.MetricStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One scenario's place on the lab endpoint, in one region: the credentials its learner's code and its harness sign
 * with, the backend namespace they reach, the calls the learner's code made, the faults injected into them, the store's
 * clock, the metrics it published, and whatever the emulations keep for it (its backups, its point-in-time journal).
 *
 * <p>As on the service, each region is a store of its own: its tables, backups, journals and metrics. The place the
 * lab opens is the scenario's home region (the backend's); {@link #inRegion} is the same scenario in another, made on
 * first use, sharing the credentials, the record of the learner's calls, the faults and the clock. Where the backend
 * is one store for every region (an endpoint the harness does not own), every region is the home region.
 */
public final class LabNamespace {

    /** What every region of one scenario shares. */
    private static final class Scenario {
        private final LabCredentials learner = LabCredentials.fresh();
        private final LabCredentials harness = LabCredentials.fresh();
        private final LabCredentials shop = LabCredentials.fresh();
        private final CallLog calls = new CallLog();
        private final Faults faults = new Faults();
        private final LabClock clock = new LabClock();
        private final Map<String, LabNamespace> regions = new ConcurrentHashMap<>();
        private final DynamoDbClient backendClient;
        private final BackendForwarder forwarder;
        private final boolean regionsApart;

        private Scenario(DynamoDbClient backendClient, BackendForwarder forwarder, boolean regionsApart) {
            this.backendClient = backendClient;
            this.forwarder = forwarder;
            this.regionsApart = regionsApart;
        }
    }

    private final Scenario scenario;
    private final String region;
    private final Namespace backend;
    private final BackendCalls backendCalls;
    private final Map<Class<?>, Object> kept = new ConcurrentHashMap<>();
    private final ThrottledAttempts throttled = new ThrottledAttempts();
    private final MetricStore metrics;
    private final boolean home;

    private LabNamespace(Scenario scenario, String region, Namespace backend, boolean home) {
        this.scenario = scenario;
        this.home = home;
        this.region = region;
        this.backend = backend;
        this.backendCalls = new BackendCalls(scenario.forwarder, backend, region);
        this.metrics = new MetricStore(scenario.clock::now);
    }

    /** A scenario's home region, reaching {@code backend} there; other regions apart from it where {@code regionsApart}. */
    static LabNamespace home(Namespace backend, String region, DynamoDbClient backendClient, BackendForwarder forwarder,
                             boolean regionsApart) {
        LabNamespace home = new LabNamespace(new Scenario(backendClient, forwarder, regionsApart), region, backend, true);
        home.scenario.regions.put(region, home);
        return home;
    }

    /**
     * The same scenario in {@code otherRegion}: a store of its own there (the same backend namespace, signed for that
     * region, which a DynamoDB Local keeps as a database of its own), made on first use; this one where regions are
     * not kept apart.
     */
    public LabNamespace inRegion(String otherRegion) {
        if (!scenario.regionsApart || otherRegion.equals(region)) {
            return this;
        }
        return scenario.regions.computeIfAbsent(otherRegion, made -> new LabNamespace(scenario, made,
                new Namespace(backend.id(), backend.credentials(), new CreatedResources()), false));
    }

    /** Whether this is the scenario's home region, the one the lab opened it in. */
    public boolean home() {
        return home;
    }

    /** The region this place is in: the one its requests are signed for at the backend. */
    public String region() {
        return region;
    }

    /**
     * The place and table a table's ARN of the lab's account names, as the endpoint hands ARNs on (this region's in
     * the backend's form, another's as the client wrote it): empty for another account or what is not a table's ARN.
     */
    public Optional<TableAt> tableOf(String arn) {
        return ArnsOnTheWire.tableOf(arn).map(named -> new TableAt(
                named.region() == null ? this : inRegion(named.region()), named.table()));
    }

    /** A table in a region of the scenario. */
    public record TableAt(LabNamespace namespace, String table) {
    }

    /** The backend namespace this one reaches: where its tables really are. */
    public Namespace backend() {
        return backend;
    }

    /** A client straight to the backend in the home region, for the harness: nothing it does is recorded, journaled or faulted. */
    public DynamoDbClient backendClient() {
        return scenario.backendClient;
    }

    /** The backend namespace in this region on the wire, JSON in and out, for emulations: unseen. */
    public BackendCalls backendCalls() {
        return backendCalls;
    }

    /** What the learner's code signs with: its calls are recorded, and the scenario's faults injected into them. */
    public LabCredentials learnerCredentials() {
        return scenario.learner;
    }

    /**
     * What the shop's other clients sign with, whose traffic the lab makes: faulted and published as metrics like
     * the learner's calls, but not recorded as the learner's.
     */
    public LabCredentials shopCredentials() {
        return scenario.shop;
    }

    /** What the harness signs with: its calls are neither recorded nor faulted, but emulations see them. */
    public LabCredentials harnessCredentials() {
        return scenario.harness;
    }

    /** Every call the learner's code made, in order, in every region. */
    public CallLog calls() {
        return scenario.calls;
    }

    public Faults faults() {
        return scenario.faults;
    }

    public LabClock clock() {
        return scenario.clock;
    }

    /** The metrics the store published to CloudWatch in this region, from the store's traffic, at the store's time. */
    public MetricStore metrics() {
        return metrics;
    }

    /** What an emulation keeps for this namespace in this region, made on first use. */
    public <T> T kept(Class<T> kind, Supplier<T> make) {
        return kind.cast(kept.computeIfAbsent(kind, missing -> make.get()));
    }

    /** Whether another region is a store of its own here. */
    boolean regionsApart() {
        return scenario.regionsApart;
    }

    ThrottledAttempts throttled() {
        return throttled;
    }

    @Override
    public String toString() {
        return home ? backend.id() : backend.id() + " in " + region;
    }
}
