package lab.endpoint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lab.cloudwatch.CloudWatchError;

/**
 * CloudWatch's query protocol, which clients older than its JSON protocol speak (Debian's {@code awscli} 2.9 and
 * {@code python3-boto3} among them): a form-encoded POST whose {@code Action} names the operation, lists flattened as
 * {@code Name.member.N}, and an XML answer, {@code <ActionResponse><ActionResult>...}, lists as {@code <member>}
 * elements and a map as {@code <entry><key/><value/></entry>}; a refusal is an {@code <ErrorResponse>}.
 */
final class CloudWatchQuery {

    /** The form's content type, and the version a CloudWatch request names. */
    static final String FORM = "application/x-www-form-urlencoded";
    static final String VERSION = "2010-08-01";
    private static final String XMLNS = "http://monitoring.amazonaws.com/doc/" + VERSION + "/";
    /** Parameters of these operations that are not strings: the form carries every value as text. */
    private static final Set<String> INTEGERS = Set.of("MaxDatapoints", "Period");
    private static final Set<String> BOOLEANS = Set.of("ReturnData", "IncludeLinkedAccounts");
    private static final Set<String> TIMES = Set.of("StartTime", "EndTime");
    /** Members of an answer that are maps rather than structures. */
    private static final Set<String> MAPS = Set.of("ExtendedStatistics");

    private CloudWatchQuery() {
    }

    /** Whether a request without a target is CloudWatch's, in this protocol. */
    static boolean isOne(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
            return false;
        }
        String form = new String(body, StandardCharsets.UTF_8);
        return ("&" + form + "&").contains("&Version=" + VERSION + "&");
    }

    /** The form as the nested map the other protocols give: {@code A.member.2.B=x} is {@code {A: [_, {B: x}]}}. */
    static Map<String, Object> input(byte[] body) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!key.isEmpty() && !value.isEmpty()) {
                place(input, key.split("\\."), 0, value);
            }
        }
        return input;
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> into, String[] path, int at, String value) {
        String name = path[at];
        boolean member = at + 2 < path.length && path[at + 1].equals("member") && path[at + 2].matches("[1-9][0-9]{0,3}");
        if (member) {
            Object existing = into.get(name);
            List<Object> list = existing instanceof List<?> already ? (List<Object>) already : new ArrayList<>();
            into.put(name, list);
            int index = Integer.parseInt(path[at + 2]) - 1;
            while (list.size() <= index) {
                list.add(null);
            }
            if (at + 3 == path.length) {
                list.set(index, value);
            } else {
                Map<String, Object> element = list.get(index) instanceof Map<?, ?> map ? (Map<String, Object>) map
                        : new LinkedHashMap<>();
                list.set(index, element);
                place(element, path, at + 3, value);
            }
        } else if (at + 1 == path.length) {
            into.put(name, typed(name, value));
        } else {
            Object existing = into.get(name);
            Map<String, Object> structure = existing instanceof Map<?, ?> map ? (Map<String, Object>) map
                    : new LinkedHashMap<>();
            into.put(name, structure);
            place(structure, path, at + 1, value);
        }
    }

    /** A value of the form as its parameter's type; left as text where it is not one, for the API to refuse. */
    private static Object typed(String name, String value) {
        try {
            if (INTEGERS.contains(name)) {
                return Long.parseLong(value);
            }
            if (BOOLEANS.contains(name) && (value.equals("true") || value.equals("false"))) {
                return Boolean.parseBoolean(value);
            }
            if (TIMES.contains(name)) {
                return value.matches("-?[0-9]+(\\.[0-9]+)?") ? Instant.ofEpochMilli(Math.round(Double.parseDouble(value) * 1000))
                        : OffsetDateTime.parse(value.endsWith("Z") || value.matches(".*[+-][0-9]{2}:[0-9]{2}$") ? value
                        : value + "Z").toInstant();
            }
        } catch (NumberFormatException | DateTimeParseException notOfItsType) {
            return value;
        }
        return value;
    }

    /** The answer to {@code operation}, as XML. */
    static String answer(String operation, Map<String, Object> output, String requestId) {
        StringBuilder xml = new StringBuilder("<").append(operation).append("Response xmlns=\"").append(XMLNS).append("\">\n")
                .append("  <").append(operation).append("Result>\n");
        output.forEach((name, value) -> element(xml, name, value, "    "));
        return xml.append("  </").append(operation).append("Result>\n")
                .append("  <ResponseMetadata>\n    <RequestId>").append(requestId).append("</RequestId>\n  </ResponseMetadata>\n")
                .append("</").append(operation).append("Response>\n").toString();
    }

    /** A refusal, as XML. */
    static String refusal(CloudWatchError error, String requestId) {
        return "<ErrorResponse xmlns=\"" + XMLNS + "\">\n  <Error>\n    <Type>" + (error.sender() ? "Sender" : "Receiver")
                + "</Type>\n    <Code>" + escape(error.code()) + "</Code>\n    <Message>" + escape(error.getMessage())
                + "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
    }

    private static void element(StringBuilder xml, String name, Object value, String indent) {
        if (value == null) {
            return;
        }
        xml.append(indent).append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map && MAPS.contains(name)) {
            xml.append('\n');
            map.forEach((key, entry) -> xml.append(indent).append("  <entry><key>").append(escape(String.valueOf(key)))
                    .append("</key><value>").append(scalar(entry)).append("</value></entry>\n"));
            xml.append(indent);
        } else if (value instanceof Map<?, ?> map) {
            xml.append('\n');
            map.forEach((key, member) -> element(xml, String.valueOf(key), member, indent + "  "));
            xml.append(indent);
        } else if (value instanceof List<?> list) {
            xml.append('\n');
            list.forEach(member -> element(xml, "member", member, indent + "  "));
            xml.append(indent);
        } else {
            xml.append(scalar(value));
        }
        xml.append("</").append(name).append(">\n");
    }

    private static String scalar(Object value) {
        return escape(String.valueOf(value));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
