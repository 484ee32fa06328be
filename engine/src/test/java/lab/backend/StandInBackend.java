package lab.backend;

import java.net.URI;

import software.amazon.awssdk.regions.Region;

/** A backend at an endpoint the test made itself (or none at all), for the tests of what uses a backend. */
public final class StandInBackend implements Backend {

    private final URI endpoint;
    private final boolean isolatesScenarios;
    private volatile boolean closed;

    public StandInBackend(URI endpoint) {
        this(endpoint, true);
    }

    /** One that isolates scenarios (each a database of its own), or one that is shared as an endpoint is. */
    public StandInBackend(URI endpoint, boolean isolatesScenarios) {
        this.endpoint = endpoint;
        this.isolatesScenarios = isolatesScenarios;
    }

    /** Whether it was closed. */
    public boolean closed() {
        return closed;
    }

    @Override
    public String name() {
        return "a stand-in";
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
        return Namespace.isolated("standin");
    }

    @Override
    public boolean isolatesScenarios() {
        return isolatesScenarios;
    }

    @Override
    public void close() {
        closed = true;
    }
}
