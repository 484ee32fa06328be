package lab.learner.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * In a learner JVM that has no network (bubblewrapped), the lab endpoint is a Unix domain socket shown to it as a
 * file: this relay listens on the sandbox's own loopback and carries each connection's bytes to that socket and back,
 * so that the learner's SDK client talks HTTP to {@link #uri()} as anywhere else.
 */
final class EndpointRelay {

    private final Path socket;
    private final ServerSocket listening;

    private EndpointRelay(Path socket, ServerSocket listening) {
        this.socket = socket;
        this.listening = listening;
    }

    static EndpointRelay to(Path socket) throws IOException {
        EndpointRelay relay = new EndpointRelay(socket, new ServerSocket(0, 64, InetAddress.getLoopbackAddress()));
        daemon(relay::accept, "endpoint-relay");
        return relay;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + listening.getLocalPort());
    }

    private void accept() {
        while (true) {
            try {
                Socket client = listening.accept();
                client.setTcpNoDelay(true);
                SocketChannel endpoint = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                InputStream fromClient = client.getInputStream();
                OutputStream toClient = client.getOutputStream();
                daemon(() -> toEndpoint(fromClient, client, endpoint), "endpoint-relay-out");
                daemon(() -> fromEndpoint(toClient, client, endpoint), "endpoint-relay-in");
            } catch (IOException refused) {
                if (listening.isClosed()) {
                    return;
                }
            }
        }
    }

    // The channel is read and written with buffers, not through Channels' streams: those hold one lock for reading
    // and writing alike, so that a read waiting for the answer would block the request's own write.

    private static void toEndpoint(InputStream fromClient, Socket client, SocketChannel endpoint) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int read;
            while ((read = fromClient.read(buffer)) >= 0) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                while (bytes.hasRemaining()) {
                    endpoint.write(bytes);
                }
            }
        } catch (IOException ended) {
            // One side closed: the connection is over both ways.
        } finally {
            closeBoth(client, endpoint);
        }
    }

    private static void fromEndpoint(OutputStream toClient, Socket client, SocketChannel endpoint) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try {
            while (endpoint.read(buffer) >= 0) {
                toClient.write(buffer.array(), 0, buffer.position());
                toClient.flush();
                buffer.clear();
            }
        } catch (IOException ended) {
            // One side closed: the connection is over both ways.
        } finally {
            closeBoth(client, endpoint);
        }
    }

    private static void closeBoth(Socket client, SocketChannel endpoint) {
        try {
            client.close();
            endpoint.close();
        } catch (IOException ignored) {
            // Closing: nothing to do about it.
        }
    }

    private static void daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
