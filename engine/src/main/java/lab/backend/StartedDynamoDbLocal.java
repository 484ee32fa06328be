package lab.backend;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.regions.Region;

/**
 * A DynamoDB Local the harness started itself (in this JVM, or in a container): it owns it, so every scenario gets a
 * database of its own, and scenarios may run at once. DynamoDB Local ignores the region. A database is named by a
 * counter and twelve random characters: code that reaches this DynamoDB Local around the lab endpoint (learner JVMs of
 * a container judge share its loopback) finds nothing of any scenario's, and cannot lay a trap in the next one's.
 */
abstract class StartedDynamoDbLocal implements Backend {

    private final URI endpoint;
    private final AtomicInteger namespaces = new AtomicInteger();

    StartedDynamoDbLocal(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Region region() {
        return Region.US_EAST_1;
    }

    @Override
    public Namespace newNamespace() {
        return Namespace.isolated(String.format("scenario%05d", namespaces.incrementAndGet()) + Unguessable.lowerCase(12));
    }
}
