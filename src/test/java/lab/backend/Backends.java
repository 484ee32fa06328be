package lab.backend;

import java.util.Locale;

import lab.client.Clients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one backend of this test run: chosen with {@code -Dkata.backend=}, started the first time a scenario needs it,
 * and closed when the run ends (see {@link BackendSessionListener}). This is the harness's one static.
 */
public final class Backends {

    public static final String PROPERTY = "kata.backend";

    private static Running running;

    /** A started backend with what it was found to support. */
    public record Running(Backend backend, Capabilities capabilities, long startMillis) {
    }

    private Backends() {
    }

    public static synchronized Running current() {
        if (running == null) {
            long start = System.nanoTime();
            Backend backend = start(System.getProperty(PROPERTY, "embedded"));
            Namespace probeSpace = backend.newNamespace();
            Capabilities capabilities;
            try (DynamoDbClient probe = Clients.plain(backend, probeSpace)) {
                capabilities = Capabilities.probe(probe);
            }
            running = new Running(backend, capabilities, (System.nanoTime() - start) / 1_000_000);
        }
        return running;
    }

    /** Whether a backend was started in this run (a run that selected no scenario starts none). */
    public static synchronized boolean started() {
        return running != null;
    }

    public static synchronized void stop() {
        if (running != null) {
            running.backend().close();
            running = null;
        }
        Clients.closeShared();
    }

    private static Backend start(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "embedded", "" -> EmbeddedBackend.start();
            default -> throw new KataConfigurationException("Unknown backend '" + name + "': use -D" + PROPERTY
                    + "=embedded (the default, DynamoDB Local in this JVM).");
        };
    }
}
