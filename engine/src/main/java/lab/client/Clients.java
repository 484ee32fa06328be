package lab.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB and CloudWatch clients of a scenario. It knows the SDK alone, no type of the harness's: a learner JVM loads
 * this class by itself to build the learner's client. Every client one {@code Clients} builds shares its HTTP client,
 * and its timer, so that a scenario's clients cost microseconds to build and start no thread; closing a client leaves
 * them running, and closing the {@code Clients} stops them. The run owns one ({@code lab.run.LabRun}), and so does a learner JVM.
 */
public final class Clients implements AutoCloseable {

    /**
     * DynamoDB Local's error code for an operation it knows, refused while another DynamoDB Local starts in the same
     * JVM (each start rebuilds a table of operations that every server shares): never carried out, so safe to send
     * again. An operation it does not know is {@code UnknownOperationException}.
     */
    public static final String INVALID_ACTION = "InvalidAction";

    /** How many attempts the learner's client makes at a request the store throttles. */
    public static final int LEARNER_ATTEMPTS = 4;

    /** The wait before a retry: exponential with jitter, from 5 ms up to 40 ms. */
    private static final BackoffStrategy INJECTED_FAULT_BACKOFF =
            BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(40));

    /** The longest one attempt at a request may take. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private SdkHttpClient shared;
    /**
     * The timer of every client built here (each attempt's timeout is a task on it): without one, each client starts
     * a pool of its own, up to five threads, and a scenario builds several.
     */
    private ScheduledExecutorService timer;

    /**
     * A client straight to the backend, around the lab endpoint: for probing the backend and for the endpoint's own
     * emulations. Nothing it does is recorded, faulted or journaled.
     */
    public DynamoDbClient direct(URI backend, Region region, AwsCredentialsProvider credentials) {
        return build(backend, region, credentials, ClientOverrideConfiguration.builder()
                .retryStrategy(strategy -> strategy.retryOnException(Clients::refusedWhileAnotherStoreStarts)));
    }

    /** Whether the store refused the request as an {@link #INVALID_ACTION}. */
    private static boolean refusedWhileAnotherStoreStarts(Throwable thrown) {
        return thrown instanceof software.amazon.awssdk.services.dynamodb.model.DynamoDbException refused
                && refused.awsErrorDetails() != null && INVALID_ACTION.equals(refused.awsErrorDetails().errorCode());
    }

    /** A client for the harness's own work (fixtures, checks), through the lab endpoint: nothing recorded or injected. */
    public DynamoDbClient forHarness(URI endpoint, String region, String accessKeyId, String secretKey) {
        return build(endpoint, Region.of(region), credentials(accessKeyId, secretKey), ClientOverrideConfiguration.builder());
    }

    /**
     * The client handed to the learner's code, through the lab endpoint, which records its calls and injects the
     * scenario's faults. Throttling is retried by the SDK's own DynamoDB retry strategy, at most 4 attempts (the SDK's
     * newer default) rather than 9, so that a store that stays busy is told within a learner call's time limit; and
     * with a backoff of milliseconds rather than the half second a real throttled table wants, since the lab's
     * throttling is injected and ends on cue: the learner's code sees the same retries, only sooner.
     */
    public DynamoDbClient forLearner(URI endpoint, String region, String accessKeyId, String secretKey) {
        return build(endpoint, Region.of(region), credentials(accessKeyId, secretKey), learnersRetries());
    }

    /** The learner's clients' retries: at most {@link #LEARNER_ATTEMPTS}, milliseconds apart. */
    private static ClientOverrideConfiguration.Builder learnersRetries() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(strategy -> strategy.maxAttempts(LEARNER_ATTEMPTS)
                        .backoffStrategy(INJECTED_FAULT_BACKOFF)
                        .throttlingBackoffStrategy(INJECTED_FAULT_BACKOFF))
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT);
    }

    /**
     * The CloudWatch client handed to the learner's code, through the lab endpoint, which serves the metrics the
     * scenario's store published; retried as the learner's DynamoDB client is.
     */
    public CloudWatchClient cloudWatchForLearner(URI endpoint, String region, String accessKeyId, String secretKey) {
        return CloudWatchClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials(accessKeyId, secretKey))
                .httpClient(sharedHttpClient())
                .overrideConfiguration(learnersRetries().scheduledExecutorService(sharedTimer()).build())
                .build();
    }

    private static AwsCredentialsProvider credentials(String accessKeyId, String secretKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey));
    }

    private DynamoDbClient build(URI endpoint, Region region, AwsCredentialsProvider credentials,
                                 ClientOverrideConfiguration.Builder override) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(sharedHttpClient())
                .overrideConfiguration(override.apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .scheduledExecutorService(sharedTimer()).build())
                .build();
    }

    private synchronized SdkHttpClient sharedHttpClient() {
        if (shared == null) {
            shared = UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30))
                    .build();
        }
        return shared;
    }

    private synchronized ScheduledExecutorService sharedTimer() {
        if (timer == null) {
            ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "lab-client-timer");
                thread.setDaemon(true);
                return thread;
            });
            // An attempt that answers in time cancels its timeout: the task goes with it, not 20 s later.
            pool.setRemoveOnCancelPolicy(true);
            timer = pool;
        }
        return timer;
    }

    /** Closes the HTTP client and the timer the clients share: the clients built here are done with. */
    @Override
    public synchronized void close() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
