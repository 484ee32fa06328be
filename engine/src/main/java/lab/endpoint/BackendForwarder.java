package lab.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lab.backend.Backend;
import lab.backend.Namespace;
import lab.client.Clients;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Passes a request on to the backend, signed anew (Signature Version 4) with the credentials of the backend
 * namespace it belongs to: a DynamoDB Local reads the access key id as its database, real DynamoDB checks the
 * signature. A backend on plain HTTP (DynamoDB Local) is reached over kept-alive connections of the endpoint's own,
 * one at a time per thread; one over HTTPS (real DynamoDB) through the JDK's HTTP client.
 */
final class BackendForwarder implements AutoCloseable {

    static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /**
     * How many times a request DynamoDB Local answered {@link Clients#INVALID_ACTION} is sent again. A DynamoDB Local
     * that starts in a JVM rebuilds every server's table of operations (a static map, made anew by each server's
     * constructor), and a request that reads it meanwhile is refused as an operation it does not know: 12 of 18,472
     * ListTables while servers started beside it for 20 s. Such a request was never carried out, so it goes again.
     */
    static final int INVALID_ACTION_RETRIES = 3;
    /** Headers the JDK's HTTP client sets itself, and refuses to be given. */
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length", "connection");

    private final Backend backend;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    /** The connections to a backend on plain HTTP; null for one on HTTPS. */
    private final BackendConnections plain;
    /** The client for a backend on HTTPS, made when first needed. */
    private HttpClient secure;

    BackendForwarder(Backend backend) {
        this.backend = backend;
        URI endpoint = backend.endpoint();
        this.plain = "http".equalsIgnoreCase(endpoint.getScheme()) ? new BackendConnections(endpoint) : null;
    }

    /**
     * The backend's answer to {@code body} as operation {@code operation}, in {@code namespace}, signed for
     * {@code region} (a DynamoDB Local keeps each region of an access key id as a database of its own).
     */
    WireAnswer forward(Namespace namespace, String region, String operation, byte[] body)
            throws IOException, InterruptedException {
        URI endpoint = backend.endpoint();
        URI uri = endpoint.getPath() == null || endpoint.getPath().isEmpty() ? endpoint.resolve("/") : endpoint;
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(uri)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("X-Amz-Target", TARGET_PREFIX + operation)
                .build();
        SignedRequest signed = signer.sign(sign -> sign
                .identity(namespace.credentials().resolveCredentials())
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        if (plain != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
                if (!SET_BY_THE_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    headers.put(header.getKey(), String.join(",", header.getValue()));
                }
            }
            BackendConnections.Answer answer = plain.post(headers, body);
            for (int retry = 1; retry <= INVALID_ACTION_RETRIES && saysInvalidAction(answer.status(), answer.body()); retry++) {
                Thread.sleep(retry);
                answer = plain.post(headers, body);
            }
            String requestId = answer.head().header("x-amzn-requestid");
            return new WireAnswer(answer.status(), answer.body(), requestId == null ? RequestIds.next() : requestId);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!SET_BY_THE_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        HttpResponse<byte[]> response = secure().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseGet(RequestIds::next);
        return new WireAnswer(response.statusCode(), response.body(), requestId);
    }

    /** Whether an answer is DynamoDB Local's {@link Clients#INVALID_ACTION}. */
    static boolean saysInvalidAction(int status, byte[] body) {
        return status == 400 && body.length < 1024
                && new String(body, java.nio.charset.StandardCharsets.UTF_8).contains("#" + Clients.INVALID_ACTION + "\"");
    }

    private synchronized HttpClient secure() {
        if (secure == null) {
            secure = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        }
        return secure;
    }

    @Override
    public void close() {
        if (plain != null) {
            plain.close();
        }
        // The JDK's HTTP client (before JDK 21) has no close: its connections end with the run's JVM.
    }
}
