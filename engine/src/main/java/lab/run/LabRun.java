package lab.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.cucumber.plugin.event.TestCase;
import lab.backend.Backend;
import lab.backend.Backends;
import lab.backend.Capabilities;
import lab.backend.Namespace;
import lab.client.Clients;
import lab.endpoint.Emulations;
import lab.endpoint.backups.BackupsAndRecovery;
import lab.endpoint.LabEndpoint;
import lab.learner.agent.CloudWatchOnce;
import lab.learner.agent.LearnerClients;
import lab.learner.agent.OtherRegions;
import lab.endpoint.LabNamespace;
import lab.learner.Learners;
import lab.report.ScenarioResult;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One run of the lab: its backend, started once, the lab endpoint in front of it, which every client of the run
 * talks to, and the learners that run the learner's code. Started the first time a scenario needs it and stopped when
 * the run ends (see {@link RunSessionListener}); its holder is the harness's one static.
 */
public final class LabRun {

    private static LabRun current;
    /** Why the run's backend could not start: the run is not tried again, and says so in one line each time. */
    private static RuntimeException failedToStart;

    /** What the run was started with. */
    private final RunSettings settings;
    private final Backends.Running started;
    /** What builds the run's clients, which share its HTTP client. */
    private final Clients clients = new Clients();
    private final LabEndpoint endpoint;
    private final Capabilities capabilities;
    /** The run's own learners, from the settings; made on first use. */
    private Learners learners;
    /** Watch mode's learners, lent for one rerun. */
    private Learners lent;
    /** What hears the run's scenarios finish (with {@link RunResults} among the run's plugins). */
    private final List<ScenarioListener> listeners = new CopyOnWriteArrayList<>();
    /** The harness's client of each open namespace that has one kept ({@link #keptHarnessClient}). */
    private final Map<LabNamespace, DynamoDbClient> keptHarnessClients = new ConcurrentHashMap<>();
    /** Namespaces prepared ahead for watch mode's next rerun. */
    private final ReadyNamespaces<LabNamespace> ready;

    private LabRun(RunSettings settings, Backends.Running started, LabEndpoint endpoint, Capabilities capabilities) {
        this.settings = settings;
        this.started = started;
        this.endpoint = endpoint;
        this.capabilities = capabilities;
        this.ready = new ReadyNamespaces<>(this::openNamespace, this::closeNamespace, this::prepare);
    }

    /**
     * The run's backend and endpoint, started on first use with the settings of the system properties; a backend that
     * cannot start stops the run in one line.
     */
    public static LabRun current() {
        return current(null);
    }

    /** What this run was started with. */
    public RunSettings settings() {
        return settings;
    }

    /** As {@link #current()}, started with {@code settings} (null: the system properties') if it has not started. */
    public static synchronized LabRun current(RunSettings settings) {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (current == null) {
            RunSettings chosen = settings == null ? RunSettings.fromSystemProperties() : settings;
            Backends.Running started;
            try {
                started = Backends.start(chosen.backend());
            } catch (RuntimeException failed) {
                failedToStart = failed;
                throw failed;
            }
            Emulations emulations = Emulations.forBackendLacking(started.capabilities().missing(),
                    BackupsAndRecovery::emulations, started.backend().isolatesScenarios());
            current = new LabRun(chosen, started, LabEndpoint.start(started.backend(), emulations.list()),
                    started.capabilities().emulating(emulations.provides()));
        }
        return current;
    }

    /** As {@link #withLearnersStartedFirst(RunSettings)}, with the settings of the system properties. */
    public static LabRun withLearnersStartedFirst() {
        return withLearnersStartedFirst(RunSettings.fromSystemProperties());
    }

    /**
     * The run as {@link #current()} makes it, with these settings and its learners made first: where the learner's
     * code runs in learner JVMs, they warm up while the backend starts. A run already started keeps its learners.
     */
    public static LabRun withLearnersStartedFirst(RunSettings settings) {
        synchronized (LabRun.class) {
            if (current != null) {
                // Started already (watch mode's run, whose learners are lent for each rerun): nothing to start first.
                current.learners();
                return current;
            }
        }
        Learners first = Learners.configured(settings.learners());
        LabRun run;
        try {
            run = current(settings);
        } catch (RuntimeException failed) {
            first.close();
            throw failed;
        }
        synchronized (run) {
            if (run.learners == null) {
                run.learners = first;
                return run;
            }
        }
        first.close();
        return run;
    }

    /** The run, if it has started. */
    static synchronized Optional<LabRun> ifStarted() {
        return Optional.ofNullable(current);
    }

    /** Whether a backend was started in this run (a run that selected no scenario starts none). */
    public static synchronized boolean started() {
        return current != null;
    }

    /**
     * Watch mode, between saves: the run ends and a fresh one starts with the same settings, a new backend and
     * endpoint, in place of one that has served many scenarios; the namespaces the last rerun's scenarios asked for
     * are asked of the fresh one, so that {@link #prepareAhead()} makes them ready there.
     */
    public static synchronized LabRun renew() {
        if (current == null) {
            return current();
        }
        RunSettings settings = current.settings;
        Map<Preparation, Integer> asked = current.ready.asked();
        stop();
        LabRun fresh = current(settings);
        fresh.ready.askedAlready(asked);
        return fresh;
    }

    /** Ends the run: its learner JVMs, its endpoint and its backend stop. */
    public static synchronized void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
        failedToStart = null;
    }

    private synchronized void close() {
        ready.close();
        if (learners != null) {
            learners.close();
            learners = null;
        }
        endpoint.close();
        clients.close();
        started.stop();
    }

    /** Where the learner's code runs: the learners lent for a rerun, else the run's own (made from the settings). */
    public synchronized Learners learners() {
        if (lent != null) {
            return lent;
        }
        if (learners == null) {
            learners = Learners.configured(settings.learners());
        }
        return learners;
    }

    /** Runs the body with these learners as the run's (watch mode's, for one rerun); the lender keeps them. */
    public <T> T withLearners(Learners borrowed, Supplier<T> body) {
        synchronized (this) {
            lent = borrowed;
        }
        try {
            return body.get();
        } finally {
            synchronized (this) {
                lent = null;
            }
        }
    }

    /**
     * Tells the listener of every scenario of this run that finishes from now on, and of the run's end, until the
     * returned handle is closed. The run's Cucumber plugins must include {@link RunResults}.
     */
    public Listening listen(ScenarioListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A listener's hold on the run, let go by {@link #close()}. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    void scenarioFinished(ScenarioResult result, TestCase scenario) {
        listeners.forEach(listener -> listener.scenarioFinished(result, scenario));
    }

    void runFinished() {
        listeners.forEach(ScenarioListener::runFinished);
    }

    public Backend backend() {
        return started.backend();
    }

    /** What scenarios can have here: what the backend supports, and what the lab endpoint emulates. */
    public Capabilities capabilities() {
        return capabilities;
    }

    public long startMillis() {
        return started.startMillis();
    }

    public LabEndpoint endpoint() {
        return endpoint;
    }

    /** A place of its own for one scenario: a backend namespace, reached through the lab endpoint. */
    public LabNamespace openNamespace() {
        Namespace namespace = backend().newNamespace();
        return endpoint.open(namespace, clients.direct(backend().endpoint(), backend().region(), namespace.credentials()));
    }

    /**
     * A place of its own for one scenario, holding what the preparation makes: one made ready ahead when there is one
     * (see {@link #prepareAhead()}), else a fresh namespace, prepared now. On an endpoint scenarios share, always now,
     * in the scenario's turn.
     */
    public LabNamespace openNamespace(Preparation preparation) {
        if (backend().isolatesScenarios()) {
            Optional<LabNamespace> made = ready.take(preparation);
            if (made.isPresent()) {
                return made.get();
            }
        }
        LabNamespace namespace = openNamespace();
        try {
            prepare(namespace, preparation);
        } catch (RuntimeException failed) {
            closeNamespace(namespace);
            throw failed;
        }
        return namespace;
    }

    private void prepare(LabNamespace namespace, Preparation preparation) {
        preparation.steps().accept(keptHarnessClient(namespace));
    }

    /**
     * The harness's client of a namespace, kept with it: made once (ahead, with the namespace, for one made ready
     * ahead: a client's build reads the class path, a cost no scenario should wait for) and closed with it.
     */
    public DynamoDbClient keptHarnessClient(LabNamespace namespace) {
        return keptHarnessClients.computeIfAbsent(namespace, this::harnessClient);
    }

    /**
     * Between watch mode's reruns: prepares, in the background, as many namespaces as the last rerun's scenarios asked
     * for, so that the next rerun starts from them. {@link #stopPreparingAhead()} stops it when the next save comes.
     */
    public void prepareAhead() {
        ready.refill();
    }

    /** A rerun begins: preparing ahead stops where it is, and leaves its CPU to the rerun. */
    public void stopPreparingAhead() {
        ready.pause();
    }

    /** The scenario is over: its credentials mean nothing to the endpoint any more, and its direct client closes. */
    public void closeNamespace(LabNamespace namespace) {
        DynamoDbClient kept = keptHarnessClients.remove(namespace);
        if (kept != null) {
            kept.close();
        }
        endpoint.close(namespace);
        namespace.backendClient().close();
    }

    /** A client for the harness's own work in that namespace, through the lab endpoint: nothing recorded or faulted. */
    public DynamoDbClient harnessClient(LabNamespace namespace) {
        return harnessClient(namespace, endpoint.region());
    }

    /** The harness's client in that namespace, signing for {@code region}. */
    public DynamoDbClient harnessClient(LabNamespace namespace, String region) {
        return clients.forHarness(endpoint.uri(), region, namespace.harnessCredentials().accessKeyId(),
                namespace.harnessCredentials().secretAccessKey());
    }

    /** A client of the shop's other clients in that namespace: its traffic publishes metrics and meets the faults. */
    public DynamoDbClient shopClient(LabNamespace namespace) {
        return clients.forLearner(endpoint.uri(), endpoint.region(), namespace.shopCredentials().accessKeyId(),
                namespace.shopCredentials().secretAccessKey());
    }

    /** The CloudWatch client the learner's code is given in that namespace: the metrics its store published. */
    public CloudWatchClient learnerCloudWatch(LabNamespace namespace) {
        return clients.cloudWatchForLearner(endpoint.uri(), endpoint.region(), namespace.learnerCredentials().accessKeyId(),
                namespace.learnerCredentials().secretAccessKey());
    }

    /** The client the learner's code is given in that namespace: through the lab endpoint, recorded and faulted. */
    public DynamoDbClient learnerClient(LabNamespace namespace) {
        return learnerClient(namespace, endpoint.region());
    }

    /** The learner's client in that namespace, signing for {@code region}. */
    public DynamoDbClient learnerClient(LabNamespace namespace, String region) {
        return clients.forLearner(endpoint.uri(), region, namespace.learnerCredentials().accessKeyId(),
                namespace.learnerCredentials().secretAccessKey());
    }

    /**
     * Every client the learner's code in this JVM is given in that namespace: its DynamoDB client, its CloudWatch
     * client (made on first use), and its DynamoDB clients of other regions.
     */
    public LearnerClients learnerClientsInThisJvm(LabNamespace namespace) {
        return new LearnerClients(learnerClient(namespace), new CloudWatchOnce(() -> learnerCloudWatch(namespace)),
                new OtherRegions(region -> learnerClient(namespace, region)));
    }
}
