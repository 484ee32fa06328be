package lab.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The harness's own DynamoDB clients of many namespaces, as {@link Clients} builds them, but built once per endpoint
 * and region: each namespace's client is that one client with every request signed with the namespace's credentials
 * (the SDK lets a request carry credentials of its own). A build searches the class path for the SDK's interceptors
 * and took 5–15 ms of CPU; a scenario's namespace needs two, its harness's and its direct one. Closing a namespace's
 * client closes nothing; closing this closes the clients it built.
 */
public final class SigningClients implements AutoCloseable {

    /** What a built client signs with when a request carries no namespace's credentials: nothing, loudly. */
    private static final AwsCredentialsProvider NO_NAMESPACE = () -> {
        throw new IllegalStateException("A request of a shared harness client carried no namespace's credentials");
    };

    private final Clients clients;
    private final Map<String, DynamoDbClient> built = new ConcurrentHashMap<>();

    public SigningClients(Clients clients) {
        this.clients = clients;
    }

    /** As {@link Clients#direct}: straight to the backend, signed with {@code credentials}. */
    public DynamoDbClient direct(URI backend, Region region, AwsCredentialsProvider credentials) {
        DynamoDbClient shared = built.computeIfAbsent("direct " + backend + " " + region.id(),
                key -> clients.direct(backend, region, NO_NAMESPACE));
        return signingWith(shared, credentials);
    }

    /** As {@link Clients#forHarness}: the harness's, through the lab endpoint, signed with these credentials. */
    public DynamoDbClient forHarness(URI endpoint, String region, String accessKeyId, String secretKey) {
        DynamoDbClient shared = built.computeIfAbsent("harness " + endpoint + " " + region,
                key -> clients.forHarness(endpoint, region, NO_NAMESPACE));
        return signingWith(shared, StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)));
    }

    @Override
    public void close() {
        built.values().forEach(DynamoDbClient::close);
        built.clear();
    }

    private static DynamoDbClient signingWith(DynamoDbClient shared, AwsCredentialsProvider credentials) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, new Signing(shared, credentials));
    }

    /** A namespace's client: its requests, signed with its credentials, to the shared client. */
    private record Signing(DynamoDbClient shared, AwsCredentialsProvider credentials) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            int count = arguments == null ? 0 : arguments.length;
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "a namespace's client of " + shared.serviceName();
                };
            }
            if (method.getName().equals("close") && count == 0) {
                return null;
            }
            if (method.getName().equals("waiter") && count == 0) {
                return DynamoDbWaiter.builder().client((DynamoDbClient) proxy).build();
            }
            Object[] passed = arguments;
            if (count == 1 && arguments[0] instanceof DynamoDbRequest request) {
                // A request (the paginators' first too, whose next pages are copies of it): signed, to the shared client.
                passed = new Object[] {signed(request)};
            } else if (method.isDefault()) {
                // The forms without a request (a builder's, none at all): they make one and call this proxy with it.
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            try {
                return method.invoke(shared, passed);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }

        private DynamoDbRequest signed(DynamoDbRequest request) {
            AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                    .map(AwsRequestOverrideConfiguration::toBuilder).orElseGet(AwsRequestOverrideConfiguration::builder);
            return (DynamoDbRequest) request.toBuilder().overrideConfiguration(override.credentialsProvider(credentials).build())
                    .build();
        }
    }
}
