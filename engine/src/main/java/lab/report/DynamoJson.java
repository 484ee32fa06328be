package lab.report;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items in DynamoDB's own JSON ({"Title": {"S": "Hamlet"}}), as the API and NoSQL Workbench write them. */
public final class DynamoJson {

    /** The one mapper of the reports: records as objects, indented, stable. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DynamoJson() {
    }

    /** An item, its attributes sorted by name. */
    public static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        new TreeMap<>(item).forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    public static ObjectNode value(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", base64(value.b()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> strings(node.putArray("SS"), value.ss());
            case NS -> strings(node.putArray("NS"), value.ns());
            case BS -> value.bs().forEach(bytes -> node.withArray("BS").add(base64(bytes)));
            case M -> node.set("M", item(value.m()));
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(element -> list.add(value(element)));
            }
            default -> node.put("S", String.valueOf(value));
        }
        return node;
    }

    /** The type descriptor of a value in DynamoDB's JSON: S, N, M, … */
    public static String type(JsonNode value) {
        return value.fieldNames().hasNext() ? value.fieldNames().next() : "S";
    }

    /** A value as a person reads it: strings bare, maps as {name: value}, sets and lists bracketed. */
    public static String text(JsonNode value) {
        String type = type(value);
        JsonNode inner = value.get(type);
        return switch (type) {
            case "S", "N", "B" -> inner.asText();
            case "BOOL" -> String.valueOf(inner.asBoolean());
            case "NULL" -> "null";
            case "SS", "NS", "BS" -> joined(inner, "«", "»", element -> element.asText());
            case "L" -> joined(inner, "[", "]", DynamoJson::text);
            case "M" -> {
                StringBuilder map = new StringBuilder("{");
                inner.fields().forEachRemaining(entry -> map.append(map.length() > 1 ? ", " : "")
                        .append(entry.getKey()).append(": ").append(text(entry.getValue())));
                yield map.append('}').toString();
            }
            default -> inner == null ? "" : inner.toString();
        };
    }

    private static String joined(JsonNode elements, String open, String close,
                                 java.util.function.Function<JsonNode, String> each) {
        StringBuilder text = new StringBuilder(open);
        elements.forEach(element -> text.append(text.length() > open.length() ? ", " : "").append(each.apply(element)));
        return text.append(close).toString();
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
