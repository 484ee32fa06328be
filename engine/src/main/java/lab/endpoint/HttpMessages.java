package lab.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 messages as the lab endpoint reads and writes them, on both of its sides (the clients' requests, the
 * backend's answers): a start line, headers, and a body framed by {@code Content-Length} or chunked. Plain blocking
 * reads and one write per message: the endpoint's hop is on every DynamoDB call of the lab.
 */
final class HttpMessages {

    /** The most a message's start line and headers may take. */
    static final int HEAD_LIMIT = 64 * 1024;

    private HttpMessages() {
    }

    /** A message's start line and headers, with the header names in lower case. */
    record Head(String startLine, Map<String, String> headers) {

        /** A header's value (names are case-insensitive), or null. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean chunked() {
            String encoding = header("transfer-encoding");
            return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
        }

        /** The Content-Length header, or -1 if absent. */
        long contentLength() throws MalformedMessage {
            String length = header("content-length");
            if (length == null) {
                return -1;
            }
            try {
                long parsed = Long.parseLong(length.trim());
                if (parsed < 0) {
                    throw new MalformedMessage("a negative Content-Length");
                }
                return parsed;
            } catch (NumberFormatException notANumber) {
                throw new MalformedMessage("a Content-Length that is not a number");
            }
        }

        /** Whether the connection stays open after this message (HTTP/1.1 unless it says close; 1.0 if it says so). */
        boolean keepsAlive(String version) {
            String connection = header("connection");
            String said = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
            return version.equals("HTTP/1.1") ? !said.contains("close") : said.contains("keep-alive");
        }
    }

    /** A message that breaks HTTP/1.1's rules, or the endpoint's limits. */
    static final class MalformedMessage extends IOException {
        MalformedMessage(String what) {
            super("The message has " + what);
        }
    }

    /** The next message's head, or null if the stream ends before its first byte (the other side closed). */
    static Head readHead(InputStream in) throws IOException {
        int[] used = {0};
        String startLine = readLine(in, used, true);
        if (startLine == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        while (true) {
            String line = readLine(in, used, false);
            if (line.isEmpty()) {
                return new Head(startLine, headers);
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMessage("a header line without a name");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (first, next) -> first + ", " + next);
        }
    }

    /**
     * A message's body: chunked, or of its Content-Length, or (an answer that says neither) up to the end of the
     * stream; a request that says neither has none.
     */
    static byte[] readBody(InputStream in, Head head, boolean isRequest, int limit) throws IOException {
        if (head.chunked()) {
            return readChunked(in, limit);
        }
        long length = head.contentLength();
        if (length > limit) {
            throw new MalformedMessage("a body over " + limit + " bytes");
        }
        if (length >= 0) {
            byte[] body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new EOFException("The connection ended inside a body");
            }
            return body;
        }
        if (isRequest) {
            return new byte[0];
        }
        byte[] rest = in.readNBytes(limit + 1);
        if (rest.length > limit) {
            throw new MalformedMessage("a body over " + limit + " bytes");
        }
        return rest;
    }

    /** Writes a start line, headers, {@code Content-Length} and the body, in one write. */
    static void write(OutputStream out, String startLine, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append(startLine).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        System.arraycopy(body, 0, message, headBytes.length, body.length);
        out.write(message);
        out.flush();
    }

    private static byte[] readChunked(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] used = {0};
        while (true) {
            String sizeLine = readLine(in, used, false);
            int extension = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException notHex) {
                throw new MalformedMessage("a chunk size that is not hexadecimal");
            }
            if (size == 0) {
                while (!readLine(in, used, false).isEmpty()) {
                    // Trailers: the endpoint has no use for them.
                }
                return body.toByteArray();
            }
            if (size < 0 || body.size() + size > limit) {
                throw new MalformedMessage("a body over " + limit + " bytes");
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new EOFException("The connection ended inside a chunk");
            }
            body.write(chunk);
            if (!readLine(in, used, false).isEmpty()) {
                throw new MalformedMessage("a chunk longer than its size");
            }
            used[0] = 0;
        }
    }

    /** A line ending in CRLF (or LF), without it; null at the end of the stream if {@code endMayCome} and no byte came. */
    private static String readLine(InputStream in, int[] used, boolean endMayCome) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int next = in.read();
            if (next < 0) {
                if (endMayCome && line.isEmpty()) {
                    return null;
                }
                throw new EOFException("The connection ended inside a message's head");
            }
            if (++used[0] > HEAD_LIMIT) {
                throw new MalformedMessage("a head over " + HEAD_LIMIT + " bytes");
            }
            if (next == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) next);
        }
    }
}
