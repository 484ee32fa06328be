package lab.client;

import java.net.URI;
import java.time.Duration;

import lab.backend.Backend;
import lab.backend.Namespace;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB clients of a scenario. Every client of the run shares one HTTP client, so that a scenario's
 * clients cost microseconds to build; closing a client leaves the shared HTTP client open.
 */
public final class Clients {

    /** How many attempts the learner's client makes at a request the store throttles. */
    public static final int LEARNER_ATTEMPTS = 4;

    /** The wait before a retry: exponential with jitter, from 5 ms up to 40 ms. */
    private static final BackoffStrategy INJECTED_FAULT_BACKOFF =
            BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(40));

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private static SdkHttpClient shared;

    private Clients() {
    }

    /** A client for the harness's own work (fixtures, checks, probes): nothing recorded, nothing injected. */
    public static DynamoDbClient plain(Backend backend, Namespace namespace) {
        return builder(backend, namespace, ClientOverrideConfiguration.builder()).build();
    }

    /**
     * The client handed to the learner's code: every call it makes is recorded in {@code log} (with the capacity it
     * consumed, asked for on the learner's behalf and hidden again), and the scenario's {@code faults} are injected.
     * Throttling is retried by the SDK's own DynamoDB retry strategy, at most 4 attempts (the SDK's newer default)
     * rather than 9, so that a store that stays busy is told within a learner call's time limit; and with a backoff
     * of milliseconds rather than the half second a real throttled table wants, since the harness's throttling is
     * injected and ends on cue: the learner's code sees the same retries, only sooner.
     */
    public static DynamoDbClient forLearner(Backend backend, Namespace namespace, CallLog log, Faults faults) {
        return builder(backend, namespace, learnersRetries(ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(new RecordingInterceptor(log, faults)))).build();
    }

    /**
     * The client a learner JVM builds for the learner's code from four values alone: a plain SDK client with an HTTP
     * client of its own and the learner's retries, with nothing of the harness in it (it must load where the harness's
     * other classes are absent: it uses no type of the harness).
     */
    public static DynamoDbClient forLearner(URI endpoint, String region, String accessKeyId, String secretKey) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)))
                .httpClient(httpClient())
                .overrideConfiguration(learnersRetries(ClientOverrideConfiguration.builder())
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT).build())
                .build();
    }

    private static ClientOverrideConfiguration.Builder learnersRetries(ClientOverrideConfiguration.Builder override) {
        return override.retryStrategy(strategy -> strategy.maxAttempts(LEARNER_ATTEMPTS)
                .backoffStrategy(INJECTED_FAULT_BACKOFF)
                .throttlingBackoffStrategy(INJECTED_FAULT_BACKOFF));
    }

    private static DynamoDbClientBuilder builder(Backend backend, Namespace namespace,
                                                 ClientOverrideConfiguration.Builder override) {
        return DynamoDbClient.builder()
                .endpointOverride(backend.endpoint())
                .region(backend.region())
                .credentialsProvider(namespace.credentials())
                .httpClient(sharedHttpClient())
                .overrideConfiguration(override.apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .addExecutionInterceptor(namespace.created()).build());
    }

    private static synchronized SdkHttpClient sharedHttpClient() {
        if (shared == null) {
            shared = httpClient();
        }
        return shared;
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }

    public static synchronized void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
