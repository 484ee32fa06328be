package lab.steps;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lab.fixtures.Book;
import lab.client.CallLog;
import lab.client.Faults;
import lab.endpoint.LabClock;
import lab.endpoint.LabCredentials;
import lab.endpoint.LabNamespace;
import lab.fixtures.Fixtures;
import lab.learner.LearnerClientValues;
import lab.learner.agent.Protocol;
import lab.learner.LearnerMode;
import lab.learner.agent.LearnerClients;
import lab.learner.Learners;
import lab.run.LabRun;
import lab.run.Preparation;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One scenario's world, injected into every step class of that scenario: its own namespace on the run's lab
 * endpoint (opened when a step first needs it, so that a scenario that starts from a common precondition can start
 * from a namespace made ready ahead), the harness's client and fixtures, the learner's code (in a learner JVM of its
 * own, or in this JVM while a debugger is attached), and what the learner's code answered. Either way the learner's client talks to the lab
 * endpoint with the scenario's learner credentials, so its calls are recorded and faulted at the wire.
 */
public class ScenarioContext implements AutoCloseable {

    /**
     * The scenario's namespace and what talks to it, made when a step first needs them; the harness's client is the
     * one kept with the namespace, and closes with it.
     */
    private record Opened(LabNamespace namespace, DynamoDbClient harnessClient, LearnerClients learnerClients,
                          Learner learner) {
    }

    private final LabRun run;
    private final Fixtures fixtures;
    private Opened opened;
    private DynamoDbClient shop;
    /** The harness's clients of the scenario's other regions, made when a step first looks there. */
    private final java.util.Map<String, DynamoDbClient> otherRegions = new java.util.LinkedHashMap<>();

    /** Books the harness generated for this scenario, in the order it generated them. */
    public final List<Book> generated = new ArrayList<>();
    /** What the last listing call of the learner answered. */
    public List<Book> answer = List.of();
    /** What the last find of the learner answered. */
    public Optional<Book> found = Optional.empty();
    /** What the last call the scenario expected might refuse did. */
    public Learner.Attempt attempt;
    /** The ARN of the backup the scenario works with. */
    public String backupArn;

    public ScenarioContext() {
        this.run = LabRun.current();
        this.fixtures = new Fixtures(() -> opened().harnessClient());
    }

    /**
     * The scenario starts from this precondition: when nothing of the scenario has touched its namespace yet, the
     * namespace is one that holds it (made ready ahead in watch mode, else made now); otherwise it is made in the
     * namespace the scenario has.
     */
    public void startFrom(Preparation preparation) {
        Opened scenarios;
        synchronized (this) {
            if (opened == null) {
                opened = open(run.openNamespace(preparation));
                return;
            }
            scenarios = opened;
        }
        preparation.steps().accept(scenarios.harnessClient());
    }

    private synchronized Opened opened() {
        if (opened == null) {
            opened = open(run.openNamespace());
        }
        return opened;
    }

    /** The clients of a namespace: the harness's, and the learner's code's (in a learner JVM of its own, or here). */
    private Opened open(LabNamespace namespace) {
        DynamoDbClient harnessClient = run.keptHarnessClient(namespace);
        Learners learners = run.learners();
        if (learners.mode() == LearnerMode.IN_PROCESS) {
            LearnerClients clients = run.learnerClientsInThisJvm(namespace);
            return new Opened(namespace, harnessClient, clients, new Learner(learners.inThisJvm(clients)));
        }
        LabCredentials credentials = namespace.learnerCredentials();
        // A sandboxed learner JVM has no network: it reaches the endpoint through a socket file shown to it.
        URI endpoint = learners.jvms().endpointSocket().map(file -> {
            run.endpoint().alsoListenAt(file);
            return URI.create(Protocol.SOCKET_ENDPOINT + file);
        }).orElse(run.endpoint().uri());
        return new Opened(namespace, harnessClient, null, new Learner(learners.inLearnerJvm(new LearnerClientValues(
                endpoint, run.endpoint().region(), credentials.accessKeyId(), credentials.secretAccessKey()))));
    }

    public LabRun run() {
        return run;
    }

    public LabNamespace namespace() {
        return opened().namespace();
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /**
     * The learner's code: each call is made on a fresh instance of the learner's class, so that even the learner's
     * constructor runs inside the call's bounds, and what goes wrong becomes the lab's message.
     */
    public Learner learner() {
        return opened().learner();
    }

    /** A client of the shop's other clients: its traffic publishes the store's metrics, and is not the learner's. */
    public synchronized DynamoDbClient shop() {
        if (shop == null) {
            shop = run.shopClient(namespace());
        }
        return shop;
    }

    /** The region the scenario's store is in: the one the learner's and the harness's clients sign for. */
    public String region() {
        return run.endpoint().region();
    }

    /** The harness's fixtures in another region of the scenario's store: a store of its own there. */
    public synchronized Fixtures fixturesIn(String region) {
        if (region.equals(region())) {
            return fixtures;
        }
        DynamoDbClient client = otherRegions.computeIfAbsent(region, made -> run.harnessClient(namespace(), made));
        return new Fixtures(client);
    }

    /** Every call the learner's code made through the lab endpoint in this scenario. */
    public CallLog calls() {
        return namespace().calls();
    }

    /** The faults this scenario injects into the learner's calls. */
    public Faults faults() {
        return namespace().faults();
    }

    /** The store's clock, as the lab endpoint keeps it for this scenario. */
    public LabClock clock() {
        return namespace().clock();
    }

    /** The moment the store's clock reads {@code time} on the day it reads now (the store's clock keeps UTC). */
    public Instant today(LocalTime time) {
        return LocalDate.ofInstant(clock().now(), ZoneOffset.UTC).atTime(time).toInstant(ZoneOffset.UTC);
    }

    /** Sets the store's clock to {@code time} on the day it reads now, a day later when {@code nextDay}. */
    public Instant setClockTo(LocalTime time, boolean nextDay) {
        Instant moment = today(time).plus(nextDay ? Duration.ofDays(1) : Duration.ZERO);
        clock().set(moment);
        return moment;
    }

    @Override
    public void close() {
        Opened closing;
        List<DynamoDbClient> closingClients = new ArrayList<>();
        synchronized (this) {
            closing = opened;
            opened = null;
            if (shop != null) {
                closingClients.add(shop);
            }
            shop = null;
            closingClients.addAll(otherRegions.values());
            otherRegions.clear();
        }
        closingClients.forEach(DynamoDbClient::close);
        if (closing == null) {
            return;
        }
        if (closing.learnerClients() != null) {
            closing.learnerClients().close();
        }
        run.closeNamespace(closing.namespace());
    }
}
