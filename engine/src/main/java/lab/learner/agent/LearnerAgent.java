package lab.learner.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lab.client.Clients;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The main class of a learner JVM: it serves the harness's calls into the learner's code, one at a time, over its
 * standard input and output ({@link Protocol}), and nothing of the harness runs here but this package and the
 * client factory. The learner's {@code System.out} goes to standard error, which the harness shows.
 *
 * <p>The learner's classes are loaded from the directory each call names, in a class loader of their own; each
 * scenario's client is built from the four values the call carries and kept for the calls after it.
 */
public final class LearnerAgent {

    /** Where a warm-up request goes: nothing listens on port 1, so it fails at once, having loaded the whole client. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");
    private static final int CLIENTS_KEPT = 8;
    /** The status a learner JVM ends with when the harness that started it has ended. */
    private static final int HARNESS_GONE = 143;

    private final DataInputStream in;
    private final DataOutputStream out;
    /** What builds the learner's clients; they share its HTTP client. */
    private final Clients builder = new Clients();
    private final Map<String, LearnerClients> clients = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LearnerClients> eldest) {
            if (size() > CLIENTS_KEPT) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };
    private EndpointRelay relay;
    private String classesDirectory;
    private URLClassLoader learnerClasses;
    private Set<Thread> ownThreads;
    private volatile boolean leaving;

    private LearnerAgent(DataInputStream in, DataOutputStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        // The frames own standard output and input: what the learner's code prints goes to standard error.
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        new LearnerAgent(in, out).serve();
    }

    private void serve() throws IOException {
        endWithTheHarness();
        warmUp();
        Runtime.getRuntime().addShutdownHook(new Thread(this::sayWhoExits, "learner-jvm-exit"));
        ownThreads = Set.copyOf(Thread.getAllStackTraces().keySet());
        send(Protocol.READY);
        try {
            while (true) {
                byte frame;
                try {
                    frame = in.readByte();
                } catch (EOFException harnessGone) {
                    return;
                }
                if (frame != Protocol.CALL) {
                    throw new IOException("Expected a call, got frame " + frame);
                }
                call();
            }
        } finally {
            leaving = true;
            clients.values().forEach(LearnerClients::close);
            builder.close();
        }
    }

    /**
     * The end of its input tells a waiting learner JVM that the harness is gone; one busy in a call that never returns
     * (a loop that ignores interruption) would not read it, and would spin on for nobody once the harness was killed
     * or crashed. So it also ends as soon as the process that started it has ended, with 143, as a SIGTERM would end it.
     */
    private static void endWithTheHarness() {
        ProcessHandle.current().parent().ifPresent(harness -> harness.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(HARNESS_GONE)));
    }

    private void call() throws IOException {
        String classes = Wire.readString(in);
        LearnerClients client = client(Wire.readString(in), Wire.readString(in), Wire.readString(in), Wire.readString(in));
        LearnerMethod method = LearnerMethod.named(Wire.readString(in));
        useClasses(classes);
        Object[] arguments = new Object[in.readInt()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = Wire.read(in);
        }
        Object answer;
        try {
            answer = new LearnerInvoker(learnerClasses).invoke(method, client, arguments);
        } catch (OutOfMemoryError exhausted) {
            answer = null;
            leaving = true;
            synchronized (out) {
                out.writeByte(Protocol.OUT_OF_MEMORY);
                Wire.writeNullable(out, exhausted.getMessage());
                out.flush();
            }
            Runtime.getRuntime().halt(3);
        } catch (Throwable thrown) {
            synchronized (out) {
                out.writeByte(Protocol.THREW);
                ThrownFacts.of(thrown).write(out);
                writeLingering();
                out.flush();
            }
            return;
        }
        synchronized (out) {
            out.writeByte(Protocol.RETURNED);
            Wire.write(out, answer);
            writeLingering();
            out.flush();
        }
    }

    private void useClasses(String directory) throws IOException {
        if (directory.equals(classesDirectory)) {
            return;
        }
        if (learnerClasses != null) {
            learnerClasses.close();
        }
        learnerClasses = new URLClassLoader("learner", new URL[] {Path.of(directory).toUri().toURL()},
                LearnerAgent.class.getClassLoader());
        classesDirectory = directory;
    }

    private LearnerClients client(String endpoint, String region, String accessKeyId, String secretKey) throws IOException {
        String key = String.join("\n", endpoint, region, accessKeyId, secretKey);
        LearnerClients kept = clients.get(key);
        if (kept != null) {
            return kept;
        }
        URI reachable = reachable(endpoint);
        CloudWatchOnce cloudWatch = new CloudWatchOnce(() -> builder.cloudWatchForLearner(reachable, region, accessKeyId, secretKey));
        LearnerClients made = new LearnerClients(builder.forLearner(reachable, region, accessKeyId, secretKey), cloudWatch,
                new OtherRegions(other -> builder.forLearner(reachable, other, accessKeyId, secretKey)));
        clients.put(key, made);
        return made;
    }


    /** The endpoint as the client reaches it: straight, or through the relay to a socket file in a sandbox. */
    private URI reachable(String endpoint) throws IOException {
        if (!endpoint.startsWith(Protocol.SOCKET_ENDPOINT)) {
            return URI.create(endpoint);
        }
        if (relay == null) {
            relay = EndpointRelay.to(Path.of(endpoint.substring(Protocol.SOCKET_ENDPOINT.length())));
        }
        return relay.uri();
    }

    /**
     * Threads the call left behind: any thread that is not the agent's own and either keeps the JVM alive (not a
     * daemon) or is in the learner's code. The SDK's own daemon threads do not count.
     */
    private void writeLingering() throws IOException {
        List<String> lingering = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            Thread candidate = thread.getKey();
            if (ownThreads.contains(candidate) || !candidate.isAlive()) {
                continue;
            }
            boolean inLearnerCode = Arrays.stream(thread.getValue())
                    .anyMatch(frame -> frame.getClassName().startsWith(LearnerMethod.LEARNER_PACKAGE));
            if (!candidate.isDaemon() || inLearnerCode) {
                lingering.add(candidate.getName());
            }
        }
        out.writeInt(lingering.size());
        for (String name : lingering) {
            Wire.writeString(out, name);
        }
    }

    /** A shutdown hook: an exit the agent did not choose is the learner's System.exit; say where it was called. */
    private void sayWhoExits() {
        if (leaving) {
            return;
        }
        String where = "";
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            boolean exiting = Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals("java.lang.Runtime")
                    && frame.getMethodName().equals("exit"));
            if (exiting) {
                where = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith(LearnerMethod.LEARNER_PACKAGE))
                        .findFirst().map(frame -> frame.getFileName() + ":" + frame.getLineNumber()).orElse("");
            }
        }
        try {
            synchronized (out) {
                out.writeByte(Protocol.EXITING);
                Wire.writeString(out, where);
                out.flush();
            }
        } catch (IOException harnessGone) {
            // Nobody is listening any more.
        }
    }

    /** Loads and links the whole client (builder, marshalling, signing, HTTP, error handling) before the first call. */
    private void warmUp() {
        try (DynamoDbClient client = builder.forLearner(NOWHERE, "us-east-1", "warm", "up")) {
            client.listTables(list -> list.limit(1));
        } catch (SdkException expected) {
            // Nothing listens there: the point was to load the classes on the way.
        }
    }

    private void send(byte frame) throws IOException {
        synchronized (out) {
            out.writeByte(frame);
            out.flush();
        }
    }
}
