package lab.backend;

import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * DynamoDB Local in Docker, started by Testcontainers once per run and shared by every scenario, each in a namespace
 * of its own as on the embedded backend. The image is the public one, pinned to the version the embedded backend
 * runs; {@code -Dkata.container.image=} names another.
 */
public final class ContainerBackend extends StartedDynamoDbLocal {

    public static final String IMAGE = "kata.container.image";
    public static final String DEFAULT_IMAGE = "amazon/dynamodb-local:3.3.1";

    private static final int PORT = 8000;
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

    private final GenericContainer<?> container;

    private ContainerBackend(GenericContainer<?> container) {
        super(URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT)));
        this.container = container;
    }

    /** Starts the image, or says in one line that Docker is not there: never falls back to another backend. */
    public static ContainerBackend start(String image) {
        return start(image, () -> DockerClientFactory.instance().isDockerAvailable());
    }

    static ContainerBackend start(String image, BooleanSupplier dockerAvailable) {
        DockerImageName name = imageName(image);
        if (!dockerAvailable.getAsBoolean()) {
            throw new KataConfigurationException("-D" + Backends.PROPERTY + "=container needs Docker, and no Docker engine"
                    + " is reachable here: start one, or drop the option to use the default embedded backend, which needs none.");
        }
        GenericContainer<?> container = new GenericContainer<>(name)
                .withExposedPorts(PORT)
                // In memory and without -sharedDb, so that every access key id is a database of its own.
                .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory", "-port", String.valueOf(PORT), "-disableTelemetry")
                .waitingFor(Wait.forListeningPort())
                .withStartupTimeout(STARTUP_LIMIT);
        try {
            container.start();
        } catch (RuntimeException failed) {
            container.stop();
            throw new KataConfigurationException("The container backend could not start " + image + ": "
                    + rootMessage(failed) + " (-D" + IMAGE + "= names another image; the default backend needs no Docker).");
        }
        return new ContainerBackend(container);
    }

    private static DockerImageName imageName(String image) {
        try {
            DockerImageName name = DockerImageName.parse(image.trim());
            name.assertValid();
            return name;
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            throw new KataConfigurationException("-D" + IMAGE + "='" + image + "' is not an image name: give one like "
                    + DEFAULT_IMAGE);
        }
    }

    private static String rootMessage(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("");
    }

    @Override
    public String name() {
        return "container";
    }

    @Override
    public void close() {
        container.stop();
    }
}
