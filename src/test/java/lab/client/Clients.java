package lab.client;

import java.time.Duration;

import lab.backend.Backend;
import lab.backend.Namespace;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB clients of a scenario. Every client of the run shares one HTTP client, so that a scenario's
 * clients cost microseconds to build; closing a client leaves the shared HTTP client open.
 */
public final class Clients {

    private static SdkHttpClient shared;

    private Clients() {
    }

    /** A client for the harness's own work (fixtures, checks, probes): nothing recorded, nothing injected. */
    public static DynamoDbClient plain(Backend backend, Namespace namespace) {
        return builder(backend, namespace).build();
    }

    /** The client handed to the learner's code. */
    public static DynamoDbClient forLearner(Backend backend, Namespace namespace) {
        return builder(backend, namespace).build();
    }

    private static DynamoDbClientBuilder builder(Backend backend, Namespace namespace) {
        return DynamoDbClient.builder()
                .endpointOverride(backend.endpoint())
                .region(backend.region())
                .credentialsProvider(namespace.credentials())
                .httpClient(sharedHttpClient())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(20))
                        .build());
    }

    private static synchronized SdkHttpClient sharedHttpClient() {
        if (shared == null) {
            shared = UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30))
                    .build();
        }
        return shared;
    }

    public static synchronized void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
