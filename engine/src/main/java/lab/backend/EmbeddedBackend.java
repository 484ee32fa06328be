package lab.backend;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local in this JVM, in memory, on a free loopback port: the default, needing neither Docker nor AWS. */
public final class EmbeddedBackend extends StartedDynamoDbLocal {

    private static final int START_ATTEMPTS = 5;

    /**
     * DynamoDB Local's SQLite layer logs the races of its own background jobs (an index being built while its table
     * goes) as stack traces through java.util.logging; they are not the learner's, so they stay off the console.
     * Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger SQLITE_LOG = Logger.getLogger("com.almworks.sqlite4java");

    private final DynamoDBProxyServer server;

    private EmbeddedBackend(DynamoDBProxyServer server, int port) {
        super(URI.create("http://127.0.0.1:" + port));
        this.server = server;
    }

    /** Starts DynamoDB Local; a port taken between finding it and binding it is retried with another. */
    public static EmbeddedBackend start() {
        SQLITE_LOG.setLevel(Level.OFF);
        Exception last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int port = FreePort.find();
            DynamoDBProxyServer server = null;
            ByteArrayOutputStream banner = new ByteArrayOutputStream();
            PrintStream console = System.out;
            try {
                // DynamoDB Local prints its configuration on start: keep it off the learner's console unless it fails.
                System.setOut(new PrintStream(banner, true, StandardCharsets.UTF_8));
                server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                        "-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
                server.start();
                return new EmbeddedBackend(server, port);
            } catch (Exception e) {
                last = e;
                stopQuietly(server);
                console.print(banner.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(console);
            }
        }
        throw new IllegalStateException("DynamoDB Local did not start in this JVM: " + last.getMessage(), last);
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(DynamoDBProxyServer server) {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception ignored) {
            // Stopping at the end of a run: nothing is left to protect, and the JVM is about to exit.
        }
    }
}
