package lab.endpoint;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import lab.cloudwatch.Cbor;
import lab.cloudwatch.CloudWatchError;

/**
 * CloudWatch's requests and answers in the three protocols its clients speak: Smithy's RPC v2 CBOR, which the SDK's
 * CloudWatch client uses (a POST to {@code /service/GraniteServiceVersion20100801/operation/<Operation>}, a CBOR
 * map for a body, timestamps as tag 1), AWS JSON 1.0, which the AWS CLI uses (a POST with
 * {@code X-Amz-Target: GraniteServiceVersion20100801.<Operation>}, timestamps as seconds since the epoch), and the
 * query protocol of clients older than both ({@link CloudWatchQuery}). A refusal names its error's shape in
 * {@code __type} and, CloudWatch being query-compatible, its query code in {@code x-amzn-query-error}, which the
 * first two report; the query protocol's names its code alone.
 */
enum CloudWatchOnTheWire {

    CBOR("application/cbor"),
    JSON("application/x-amz-json-1.0"),
    QUERY("text/xml");

    static final String SERVICE = "GraniteServiceVersion20100801";
    static final String CBOR_PATH = "/service/" + SERVICE + "/operation/";
    static final String JSON_TARGET = SERVICE + ".";
    private static final String ERROR_PREFIX = "com.amazonaws.cloudwatch#";

    private final String contentType;

    CloudWatchOnTheWire(String contentType) {
        this.contentType = contentType;
    }

    /** The protocol a request to CloudWatch speaks, or null for a request that is not CloudWatch's. */
    static CloudWatchOnTheWire of(String path, String target, String contentType, byte[] body) {
        if (path.startsWith(CBOR_PATH)) {
            return CBOR;
        }
        if (target == null) {
            return CloudWatchQuery.isOne(contentType, body) ? QUERY : null;
        }
        return target.startsWith(JSON_TARGET) ? JSON : null;
    }

    /** The operation the request names; a query's {@code Action}, taken out of its input with its {@code Version}. */
    String operation(String path, String target, Map<String, Object> input) {
        if (this == QUERY) {
            input.remove("Version");
            Object action = input.remove("Action");
            return action instanceof String named ? named : "";
        }
        if (this == JSON) {
            return target.substring(JSON_TARGET.length());
        }
        String operation = path.substring(CBOR_PATH.length());
        int query = operation.indexOf('?');
        return query < 0 ? operation : operation.substring(0, query);
    }

    /** The request's body as a map; a refusal if it is not one. */
    @SuppressWarnings("unchecked")
    Map<String, Object> input(byte[] body) {
        if (this == QUERY) {
            return CloudWatchQuery.input(body);
        }
        if (this == JSON && !JsonDepth.within(body, JsonDepth.MOST)) {
            throw CloudWatchError.serialization("it nests deeper than " + JsonDepth.MOST + " levels");
        }
        Object read;
        try {
            read = this == CBOR ? Cbor.read(body)
                    : body.length == 0 ? Map.of() : WireAnswer.JSON.readValue(body, new TypeReference<Object>() { });
        } catch (Cbor.Malformed | IOException malformed) {
            throw CloudWatchError.serialization(malformed.getMessage());
        }
        if (!(read instanceof Map<?, ?> map)) {
            throw CloudWatchError.serialization("it is a " + (read == null ? "null" : read.getClass().getSimpleName()));
        }
        return (Map<String, Object>) map;
    }

    LoopbackServer.Answer ok(String operation, Map<String, Object> output) {
        if (this == QUERY) {
            return xml(200, requestId -> CloudWatchQuery.answer(operation, output, requestId));
        }
        return answer(200, Map.of(), output);
    }

    LoopbackServer.Answer refused(CloudWatchError error) {
        if (this == QUERY) {
            return xml(error.status(), requestId -> CloudWatchQuery.refusal(error, requestId));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", ERROR_PREFIX + error.shape());
        // InternalServiceFault's member is Message; every other error's, message.
        body.put(error.status() >= 500 ? "Message" : "message", error.getMessage());
        return answer(error.status(), Map.of("x-amzn-query-error", error.code() + ";" + (error.sender() ? "Sender" : "Receiver")),
                body);
    }

    /** An XML answer, whose body names its request id as its header does. */
    private LoopbackServer.Answer xml(int status, java.util.function.UnaryOperator<String> bodyFor) {
        String requestId = RequestIds.next();
        return new LoopbackServer.Answer(status, Map.of("Content-Type", contentType, "x-amzn-RequestId", requestId),
                bodyFor.apply(requestId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private LoopbackServer.Answer answer(int status, Map<String, String> more, Map<String, Object> body) {
        Map<String, String> headers = new LinkedHashMap<>(more);
        headers.put("Content-Type", contentType);
        if (this == CBOR) {
            headers.put("smithy-protocol", "rpc-v2-cbor");
        }
        headers.put("x-amzn-RequestId", RequestIds.next());
        byte[] bytes = this == CBOR ? Cbor.write(body) : WireAnswer.write(WireAnswer.JSON.valueToTree(asJson(body)));
        return new LoopbackServer.Answer(status, headers, bytes);
    }

    /** The same values with each timestamp as seconds since the epoch, as AWS JSON carries them. */
    private static Object asJson(Object value) {
        if (value instanceof Instant instant) {
            return instant.toEpochMilli() / 1000.0;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, element) -> converted.put(String.valueOf(key), asJson(element)));
            return converted;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>();
            list.forEach(element -> converted.add(asJson(element)));
            return converted;
        }
        return value;
    }
}
