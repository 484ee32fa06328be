package lab.endpoint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A small HTTP/1.1 server on a free loopback port: one thread accepts, and each connection has a thread of its own
 * that reads a request, has it handled and writes the answer, on that one thread, for as long as the client keeps the
 * connection. Clients of the lab keep a few connections each; a request costs no hand-off between threads.
 */
final class LoopbackServer implements AutoCloseable {

    /** The largest request body taken: a DynamoDB request is at most 16 MB. */
    static final int BODY_LIMIT = 32 * 1024 * 1024;
    /**
     * The most connections served at once: beyond it a new one is closed at once, so that code that opens connections
     * without end costs the endpoint no thread for each. The lab's clients keep a handful each.
     */
    static final int MOST_CONNECTIONS = 256;
    /** How long a connection may stay silent, between requests or inside one, before it is closed. */
    private static final int IDLE_MILLIS = 120_000;

    /** A request as it came. */
    record Request(String method, HttpMessages.Head head, byte[] body) {

        String header(String name) {
            return head.header(name);
        }

        /** The request target of the start line, e.g. {@code /} or {@code /service/X/operation/Y}. */
        String path() {
            String[] parts = head.startLine().split(" ", 3);
            return parts.length > 1 ? parts[1] : "";
        }
    }

    /** An answer: status, headers (Content-Length is added) and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    /** What answers the requests. It may throw: the client gets a 500, and the connection is closed. */
    interface Handler {
        Answer handle(Request request) throws IOException;
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final String name;
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private final List<ServerSocketChannel> unixSockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private LoopbackServer(ServerSocket socket, Handler handler, String name) {
        this.socket = socket;
        this.handler = handler;
        this.name = name;
    }

    /** Listens on a free loopback port; threads are daemons named after {@code name}. */
    static LoopbackServer start(String name, Handler handler) throws IOException {
        ServerSocket socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        LoopbackServer server = new LoopbackServer(socket, handler, name);
        server.acceptOn(name + "-accept", socket::isClosed, () -> {
            Socket connection = socket.accept();
            try {
                connection.setTcpNoDelay(true);
                connection.setSoTimeout(IDLE_MILLIS);
                return new Connection(connection, connection.getInputStream(), connection.getOutputStream());
            } catch (IOException broken) {
                closeQuietly(connection);
                throw broken;
            }
        });
        return server;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        for (ServerSocketChannel channel : unixSockets) {
            closeQuietly(channel);
        }
        for (Closeable connection : open) {
            closeQuietly(connection);
        }
    }

    /**
     * Serves on a Unix domain socket at {@code file} too, for clients that have no network of their own (a sandboxed
     * learner JVM, to which only that file is shown).
     */
    void listenAt(Path file) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(file));
        unixSockets.add(channel);
        acceptOn(name + "-accept-unix", () -> !channel.isOpen(), () -> {
            SocketChannel connection = channel.accept();
            return new Connection(connection, Channels.newInputStream(connection), Channels.newOutputStream(connection));
        });
    }

    /** An accepted connection, and its two directions. */
    private record Connection(Closeable closeable, InputStream in, OutputStream out) {
    }

    /** What accepts the next connection on one listening socket. */
    private interface Acceptor {
        Connection next() throws IOException;
    }

    /**
     * Starts the thread that accepts connections from one listening socket, each served on a thread of its own, until
     * the server or that socket is closed. Past {@link #MOST_CONNECTIONS} a new connection is closed at once.
     */
    private void acceptOn(String threadName, BooleanSupplier socketClosed, Acceptor acceptor) {
        Thread accepting = new Thread(() -> {
            while (!closed) {
                try {
                    Connection connection = acceptor.next();
                    if (open.size() >= MOST_CONNECTIONS) {
                        closeQuietly(connection.closeable());
                        continue;
                    }
                    open.add(connection.closeable());
                    Thread serving = new Thread(() -> serve(connection.closeable(), connection.in(), connection.out()),
                            name + "-" + connections.incrementAndGet());
                    serving.setDaemon(true);
                    serving.start();
                } catch (IOException | RuntimeException acceptFailed) {
                    if (closed || socketClosed.getAsBoolean()) {
                        return;
                    }
                }
            }
        }, threadName);
        accepting.setDaemon(true);
        accepting.start();
    }

    private void serve(Closeable connection, InputStream rawIn, OutputStream rawOut) {
        try (connection) {
            InputStream in = new BufferedInputStream(rawIn, 16 * 1024);
            OutputStream out = new BufferedOutputStream(rawOut, 16 * 1024);
            try {
                while (!closed) {
                    HttpMessages.Head head = HttpMessages.readHead(in);
                    if (head == null || !serveOne(head, in, out)) {
                        return;
                    }
                }
            } catch (HttpMessages.MalformedMessage malformed) {
                refuse(out, 400, malformed.getMessage());
            }
        } catch (IOException gone) {
            // The client went away, fell silent for too long, or the connection broke: nothing left to answer on.
        } finally {
            open.remove(connection);
        }
    }

    /** Answers one request; whether the connection stays open for another. */
    private boolean serveOne(HttpMessages.Head head, InputStream in, OutputStream out) throws IOException {
        String[] parts = head.startLine().split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new HttpMessages.MalformedMessage("a request line that is not HTTP/1.x: " + head.startLine());
        }
        String version = parts[2];
        if ("100-continue".equalsIgnoreCase(head.header("expect"))) {
            out.write((version + " 100 Continue\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        byte[] body = HttpMessages.readBody(in, head, true, BODY_LIMIT);
        boolean keepAlive = head.keepsAlive(version);
        Answer answer;
        try {
            answer = handler.handle(new Request(parts[0], head, body));
        } catch (IOException | RuntimeException | StackOverflowError failed) {
            // Whatever a request does to its handler, the client gets one line and the server serves on.
            answer = new Answer(500, Map.of("Content-Type", "text/plain"),
                    ("The lab endpoint failed: " + failed).getBytes(StandardCharsets.UTF_8));
            keepAlive = false;
        }
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        if (!keepAlive) {
            headers.put("Connection", "close");
        }
        HttpMessages.write(out, version + " " + answer.status() + " " + reason(answer.status()), headers, answer.body());
        return keepAlive;
    }

    private static void refuse(OutputStream out, int status, String why) {
        try {
            HttpMessages.write(out, "HTTP/1.1 " + status + " " + reason(status),
                    Map.of("Content-Type", "text/plain", "Connection", "close"), why.getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // The client is gone too.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static void closeQuietly(Closeable connection) {
        try {
            connection.close();
        } catch (IOException ignored) {
            // Closing: nothing to do about it.
        }
    }
}
