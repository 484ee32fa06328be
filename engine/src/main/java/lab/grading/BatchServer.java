package lab.grading;

import java.net.URI;
import java.util.function.Supplier;

import lab.backend.Backend;

/**
 * The DynamoDB Local that the submissions running at once share, renewed after every few submissions.
 * <p>
 * DynamoDB Local keeps each namespace's database, with four threads of its own, until the server stops, and a
 * submission's run makes a namespace per scenario: one server for a whole class ends with thousands of threads
 * and spends its time scheduling them (measured: 9,900 threads after 26 submissions, each submission taking six
 * times as long as the first). So a server serves {@code submissionsPerServer} submissions, then a fresh one takes
 * the next ones, and the old one stops once the last submission it serves is done. Starting one again in the same
 * JVM takes milliseconds.
 */
final class BatchServer implements AutoCloseable {

    /** One submission's use of a server: its endpoint, released when the submission's run is over. */
    interface Lease extends AutoCloseable {
        URI endpoint();

        @Override
        void close();
    }

    private final Supplier<? extends Backend> start;
    private final int submissionsPerServer;

    private Server current;
    private int running;
    private boolean closed;

    /**
     * @param start                starts a DynamoDB Local
     * @param submissionsPerServer how many submissions one server serves before a fresh one takes over
     */
    BatchServer(Supplier<? extends Backend> start, int submissionsPerServer) {
        this.start = start;
        this.submissionsPerServer = Math.max(1, submissionsPerServer);
    }

    /** The server the next submission should use, started or renewed here if need be. */
    synchronized Lease lease() {
        if (closed) {
            throw new IllegalStateException("The batch is over: no DynamoDB Local to lend");
        }
        if (current == null || current.served == submissionsPerServer) {
            if (current != null) {
                current.retire();
            }
            current = new Server(start.get());
        }
        current.served++;
        current.users++;
        Server server = current;
        return new Lease() {
            private boolean released;

            @Override
            public URI endpoint() {
                return server.backend.endpoint();
            }

            @Override
            public void close() {
                synchronized (BatchServer.this) {
                    if (!released) {
                        released = true;
                        server.users--;
                        server.stopIfDone();
                    }
                }
            }
        };
    }

    /** How many servers are running now: the current one, and retired ones still serving a submission. */
    synchronized int running() {
        return running;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.retire();
            current = null;
        }
    }

    /** One DynamoDB Local and the submissions it has served. Guarded by the BatchServer's lock. */
    private final class Server {
        private final Backend backend;
        private int served;
        private int users;
        private boolean retired;
        private boolean stopped;

        Server(Backend backend) {
            this.backend = backend;
            running++;
        }

        void retire() {
            retired = true;
            stopIfDone();
        }

        void stopIfDone() {
            if (retired && users == 0 && !stopped) {
                stopped = true;
                running--;
                backend.close();
            }
        }
    }
}
