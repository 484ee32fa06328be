package lab.backend;

import java.util.Locale;
import java.util.regex.Pattern;

import lab.client.Clients;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The backends a run can have: chosen with {@code -Dkata.backend=}, started and probed for what they support. The run
 * ({@code lab.run.LabRun}) holds the one it started, and stops it when it ends. A backend that cannot start stops the
 * run with one line before any scenario (see {@code lab.steps.StartOfRun}), and is not tried again in that run.
 */
public final class Backends {

    public static final String PROPERTY = "kata.backend";

    static final String CHOICES = "use -D" + PROPERTY + "=embedded (the default: DynamoDB Local in this JVM),"
            + " container (DynamoDB Local in Docker) or endpoint (any DynamoDB API at -D" + EndpointBackend.ENDPOINT + "=URL)";

    /** What an AWS access key id looks like: long-term (AKIA) or temporary (ASIA) ones. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\\b");

    /** A started backend with what it was found to support. */
    public record Running(Backend backend, Capabilities capabilities, long startMillis) {

        /** Stops the backend. */
        public void stop() {
            backend.close();
        }
    }

    private Backends() {
    }

    /** The backend the settings choose, started and probed; one that cannot start throws its one line. */
    public static Running start(BackendSettings settings) {
        long start = System.nanoTime();
        Backend backend = select(settings);
        try {
            Capabilities capabilities;
            try (Clients clients = new Clients();
                 DynamoDbClient probe = clients.direct(backend.endpoint(), backend.region(), backend.newNamespace().credentials())) {
                capabilities = probe(backend, probe);
            }
            return new Running(backend, capabilities, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException failed) {
            backend.close();
            throw failed;
        }
    }

    /** The backend a {@code -Dkata.backend=} value names, started; any other value is one line listing the valid ones. */
    static Backend select(BackendSettings settings) {
        String name = settings.name() == null ? "" : settings.name();
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "embedded", "" -> EmbeddedBackend.start();
            case "container" -> ContainerBackend.start(settings.image());
            case "endpoint" -> EndpointBackend.of(settings.endpoint(), settings.region(), settings.namespace());
            default -> throw new KataConfigurationException("Unknown backend '" + name + "': " + CHOICES + ".");
        };
    }

    /**
     * Asks the backend what it supports. A backend that cannot be reached, or that refuses the harness's credentials,
     * stops the run here with one line, before any scenario touches it.
     */
    private static Capabilities probe(Backend backend, DynamoDbClient client) {
        try {
            client.listTables(list -> list.limit(1));
        } catch (DynamoDbException refused) {
            throw new KataConfigurationException("The " + backend.name() + " backend at " + backend.endpoint()
                    + " refused the harness: " + firstLine(refused.getMessage()) + " Check the credentials and the region.");
        } catch (SdkClientException unreachable) {
            if (String.valueOf(unreachable.getMessage()).startsWith("Unable to load credentials")) {
                throw new KataConfigurationException("The " + backend.name() + " backend at " + backend.endpoint()
                        + " needs AWS credentials, and the SDK's default provider chain (AWS_ACCESS_KEY_ID and"
                        + " AWS_SECRET_ACCESS_KEY, AWS_PROFILE, SSO, an instance role) found none; for a DynamoDB Local"
                        + " any pair will do, such as AWS_ACCESS_KEY_ID=kata AWS_SECRET_ACCESS_KEY=kata.");
            }
            throw new KataConfigurationException("The " + backend.name() + " backend at " + backend.endpoint()
                    + " cannot be used: " + firstLine(unreachable.getMessage()));
        }
        if (!backend.isolatesScenarios()) {
            LabTables.refuseAnyThatExist(backend, client);
        }
        return Capabilities.probe(client);
    }

    /** The first line of a backend's answer, with any AWS access key id in it masked. */
    static String firstLine(String message) {
        String line = message == null ? "no answer" : message.lines().findFirst().orElse("no answer");
        return ACCESS_KEY_ID.matcher(line).replaceAll("<access key id>");
    }
}
