package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint's HTTP/1.1 on both sides: what clients other than the SDK's may send, and kept connections. */
class LoopbackServerTest {

    private final AtomicInteger handled = new AtomicInteger();
    private LoopbackServer echo;

    @BeforeEach
    void start() throws IOException {
        echo = LoopbackServer.start("echo", request -> {
            handled.incrementAndGet();
            return new LoopbackServer.Answer(200, Map.of("X-Echo", request.method()), request.body());
        });
    }

    @AfterEach
    void stop() {
        echo.close();
    }

    @Test
    void aChunkedBodyArrivesWhole() throws IOException {
        String answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n");

        assertThat(answer).as("the answer to a chunked request").startsWith("HTTP/1.1 200 OK\r\n")
                .contains("Content-Length: 11\r\n").endsWith("\r\n\r\nhello world");
    }

    @Test
    void aClientThatExpectsContinueIsToldToGoOn() throws IOException {
        String answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\nhi");

        assertThat(answer).as("the answers to a request that expects 100-continue")
                .startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n").endsWith("hi");
    }

    @Test
    void aMalformedRequestGetsFourHundredAndNothingIsHandled() throws IOException {
        String answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n");

        assertThat(answer).as("the answer to a request whose Content-Length is not a number")
                .startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close");
        assertThat(handled).as("requests handed to the handler").hasValue(0);
    }

    @Test
    void aKeptConnectionServesOneRequestAfterAnother() throws IOException {
        try (BackendConnections connections = new BackendConnections(uri())) {
            for (int i = 0; i < 3; i++) {
                BackendConnections.Answer answer = connections.post(Map.of("X-N", String.valueOf(i)),
                        ("body " + i).getBytes(StandardCharsets.UTF_8));
                assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as("answer " + i).isEqualTo("body " + i);
                assertThat(answer.head().header("x-echo")).as("a header of answer " + i).isEqualTo("POST");
            }
        }
        assertThat(handled).as("requests handled").hasValue(3);
    }

    @Test
    void aKeptConnectionTheBackendClosedMeanwhileIsReplacedWithoutLosingTheRequest() throws Exception {
        try (java.net.ServerSocket backend = new java.net.ServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                for (String said : new String[] {"first", "second"}) {
                    // Each connection answers one request as if it stayed open, then the backend closes it.
                    try (Socket connection = backend.accept()) {
                        HttpMessages.Head head = HttpMessages.readHead(connection.getInputStream());
                        HttpMessages.readBody(connection.getInputStream(), head, true, 1024);
                        HttpMessages.write(connection.getOutputStream(), "HTTP/1.1 200 OK", Map.of(),
                                said.getBytes(StandardCharsets.UTF_8));
                        Thread.sleep(50);
                    } catch (IOException | InterruptedException ignored) {
                        return;
                    }
                }
            });
            answering.start();
            try (BackendConnections connections = new BackendConnections(URI.create("http://127.0.0.1:" + backend.getLocalPort()))) {
                assertThat(new String(connections.post(Map.of(), new byte[0]).body(), StandardCharsets.UTF_8))
                        .as("the first answer").isEqualTo("first");
                Thread.sleep(200);
                assertThat(new String(connections.post(Map.of(), new byte[0]).body(), StandardCharsets.UTF_8))
                        .as("the answer sent again on a new connection").isEqualTo("second");
            }
            answering.join(5_000);
        }
    }

    @Test
    void connectionsBeyondTheMostAreClosedAtOnceAndTheKeptOnesStillServe() throws IOException {
        java.util.List<Socket> hoarded = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < LoopbackServer.MOST_CONNECTIONS + 20; i++) {
                hoarded.add(new Socket("127.0.0.1", echo.address().getPort()));
            }
            Socket last = hoarded.get(hoarded.size() - 1);
            last.setSoTimeout(5_000);
            assertThat(last.getInputStream().read()).as("what a connection beyond the most reads: its end").isEqualTo(-1);
            Socket first = hoarded.get(0);
            first.getOutputStream().write("POST / HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(first.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
                    .as("the answer on the first connection").startsWith("HTTP/1.1 200 OK").endsWith("ok");
        } finally {
            for (Socket socket : hoarded) {
                socket.close();
            }
        }
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + echo.address().getPort());
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", echo.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
