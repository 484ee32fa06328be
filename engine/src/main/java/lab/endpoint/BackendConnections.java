package lab.endpoint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Kept-alive HTTP/1.1 connections to a backend on plain HTTP (DynamoDB Local, in-process or in a container): a
 * request borrows one, or opens one, and gives it back when the answer says the connection stays open. Blocking
 * reads on the calling thread, with no hand-off: the endpoint's hop is on every DynamoDB call of the lab.
 */
final class BackendConnections implements AutoCloseable {

    /** The largest answer taken: a Query's page is at most 1 MB of items, in JSON somewhat more. */
    private static final int ANSWER_LIMIT = 64 * 1024 * 1024;
    private static final int CONNECT_MILLIS = 5_000;
    private static final int ANSWER_MILLIS = 60_000;

    /** An answer: its status, its headers (names in lower case), its body. */
    record Answer(int status, HttpMessages.Head head, byte[] body) {
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final String path;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    BackendConnections(URI endpoint) {
        this.host = endpoint.getHost();
        this.port = endpoint.getPort() < 0 ? 80 : endpoint.getPort();
        this.hostHeader = endpoint.getPort() < 0 ? host : host + ":" + port;
        this.path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
    }

    /** What the Host header says for this backend. */
    String hostHeader() {
        return hostHeader;
    }

    /**
     * POSTs {@code body} with {@code headers} (Host and Content-Length are added). A kept connection that the backend
     * closed meanwhile fails before any answer comes: the request is sent once more, on a new connection.
     */
    Answer post(Map<String, String> headers, byte[] body) throws IOException {
        Connection kept = idle.pollFirst();
        if (kept != null) {
            try {
                return exchange(kept, headers, body);
            } catch (StaleConnection stale) {
                // The backend had closed it: nothing of the request was answered, so it goes again, once.
            }
        }
        return exchange(open(), headers, body);
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    private Answer exchange(Connection connection, Map<String, String> headers, byte[] body) throws IOException {
        boolean keep = false;
        try {
            java.util.LinkedHashMap<String, String> all = new java.util.LinkedHashMap<>();
            all.put("Host", hostHeader);
            all.putAll(headers);
            HttpMessages.write(connection.out, "POST " + path + " HTTP/1.1", all, body);
            HttpMessages.Head head = HttpMessages.readHead(connection.in);
            if (head == null && connection.reused) {
                throw new StaleConnection();
            }
            if (head == null) {
                throw new java.io.EOFException("The backend closed the connection without answering");
            }
            String[] parts = head.startLine().split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new HttpMessages.MalformedMessage("a status line that is not HTTP/1.x: " + head.startLine());
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException notAStatus) {
                throw new HttpMessages.MalformedMessage("a status that is not a number: " + head.startLine());
            }
            byte[] answer = HttpMessages.readBody(connection.in, head, false, ANSWER_LIMIT);
            keep = head.keepsAlive(parts[0]) && (head.chunked() || head.contentLength() >= 0);
            return new Answer(status, head, answer);
        } catch (java.net.SocketException reset) {
            if (connection.reused) {
                throw new StaleConnection();
            }
            throw reset;
        } finally {
            if (keep && !closed) {
                connection.reused = true;
                idle.addFirst(connection);
            } else {
                connection.close();
            }
        }
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
            socket.setSoTimeout(ANSWER_MILLIS);
            return new Connection(socket);
        } catch (IOException refused) {
            socket.close();
            throw refused;
        }
    }

    /** A kept connection the backend had already closed. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("The backend had closed a kept connection", null);
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean reused;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing: nothing to do about it.
            }
        }
    }
}
