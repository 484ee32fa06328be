package lab.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the lab endpoint answers one request with: a status and a JSON body, as DynamoDB answers. The body is kept as
 * bytes exactly as the backend sent them until someone changes it, so that an answer passed through untouched is the
 * backend's to the byte.
 *
 * @param status    the HTTP status: 200, or 400 and 500 for the service's errors
 * @param bytes     the body
 * @param requestId the backend's {@code x-amzn-RequestId}, or one of the lab's
 */
public record WireAnswer(int status, byte[] bytes, String requestId) {

    /** The one JSON mapper of the endpoint and its emulations. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** A successful answer of the lab's own. */
    public static WireAnswer ok(JsonNode body) {
        return new WireAnswer(200, write(body), RequestIds.next());
    }

    public boolean succeeded() {
        return status == 200;
    }

    /** The body as JSON; an empty object for an empty body. */
    public ObjectNode json() {
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode parsed = JSON.readTree(bytes);
            return parsed instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (java.io.IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** The same answer with another body. */
    public WireAnswer withBody(JsonNode body) {
        return new WireAnswer(status, write(body), requestId);
    }

    /** The simple name of the service error this answer carries (e.g. {@code ResourceNotFoundException}), or null. */
    public String errorType() {
        if (succeeded()) {
            return null;
        }
        String type = json().path("__type").asText("");
        return type.isEmpty() ? "HTTP " + status : type.substring(type.indexOf('#') + 1);
    }

    /** The CRC32 of the body, which DynamoDB sends as {@code x-amz-crc32} and the SDK checks. */
    public String crc32() {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toString(crc.getValue());
    }

    public static byte[] write(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException cannot) {
            return body.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
