package lab.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import bookstore.Book;
import lab.backend.Backends;
import lab.backend.Namespace;
import lab.client.CallLog;
import lab.client.Clients;
import lab.client.Faults;
import lab.fixtures.Fixtures;
import lab.learner.LearnerClientValues;
import lab.learner.LearnerCode;
import lab.learner.LearnerMode;
import lab.learner.Learners;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One scenario's world, injected into every step class of that scenario: its own namespace on the run's backend,
 * the harness's client and fixtures, the learner's code (in this JVM with the recorded client, or in a learner JVM
 * with a client of its own), and what the learner's code answered.
 */
public class ScenarioContext implements AutoCloseable {

    private final Backends.Running run;
    private final Namespace namespace;
    private final DynamoDbClient harnessClient;
    /** The recorded client handed to the learner's code in this JVM; null when it runs in a learner JVM. */
    private final DynamoDbClient learnerClient;
    private final LearnerCode code;
    private final Fixtures fixtures;
    private final Learner learner = new Learner();
    private final CallLog calls = new CallLog();
    private final Faults faults = new Faults();

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
        this.run = Backends.current();
        this.namespace = run.backend().newNamespace();
        this.harnessClient = Clients.plain(run.backend(), namespace);
        Learners learners = Learners.current();
        if (learners.mode() == LearnerMode.IN_PROCESS) {
            this.learnerClient = Clients.forLearner(run.backend(), namespace, calls, faults);
            this.code = learners.inThisJvm(learnerClient);
        } else {
            this.learnerClient = null;
            AwsCredentials credentials = namespace.credentials().resolveCredentials();
            this.code = learners.inLearnerJvm(new LearnerClientValues(run.backend().endpoint(), run.backend().region().id(),
                    credentials.accessKeyId(), credentials.secretAccessKey()));
        }
        this.fixtures = new Fixtures(harnessClient);
    }

    public Backends.Running run() {
        return run;
    }

    public Namespace namespace() {
        return namespace;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    public Learner learner() {
        return learner;
    }

    /** Every call the learner's code made through its client in this scenario. */
    public CallLog calls() {
        return calls;
    }

    /** The faults this scenario injects into the learner's calls. */
    public Faults faults() {
        return faults;
    }

    /**
     * The learner's BooksTable and BookRepository: each call is made on a fresh instance, so that even the learner's
     * constructor runs inside the call's bounds. Call it through {@link #learner()}, which turns what goes wrong into
     * the lab's messages.
     */
    public LearnerCode code() {
        return code;
    }

    @Override
    public void close() {
        harnessClient.close();
        if (learnerClient != null) {
            learnerClient.close();
        }
    }
}
