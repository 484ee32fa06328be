package lab.endpoint.backups;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An item's size as DynamoDB counts it: each attribute's name in UTF-8 plus its value (a string's UTF-8 bytes, a
 * binary's bytes, about one byte per two digits of a number, one byte for a boolean or null, three bytes of overhead
 * for a list or map and one for each of its elements).
 */
final class ItemSize {

    private ItemSize() {
    }

    static long bytes(JsonNode item) {
        long size = 0;
        Iterator<Map.Entry<String, JsonNode>> attributes = item.fields();
        while (attributes.hasNext()) {
            Map.Entry<String, JsonNode> attribute = attributes.next();
            size += utf8(attribute.getKey()) + value(attribute.getValue());
        }
        return size;
    }

    private static long value(JsonNode typed) {
        Iterator<Map.Entry<String, JsonNode>> only = typed.fields();
        if (!only.hasNext()) {
            return 0;
        }
        Map.Entry<String, JsonNode> value = only.next();
        JsonNode content = value.getValue();
        return switch (value.getKey()) {
            case "S" -> utf8(content.asText());
            case "N" -> number(content.asText());
            case "B" -> Base64.getDecoder().decode(content.asText()).length;
            case "SS" -> sum(content, element -> utf8(element.asText()));
            case "NS" -> sum(content, element -> number(element.asText()));
            case "BS" -> sum(content, element -> Base64.getDecoder().decode(element.asText()).length);
            case "L" -> 3 + sum(content, element -> 1 + value(element));
            case "M" -> 3 + bytes(content) + content.size();
            default -> 1;
        };
    }

    private static long sum(JsonNode elements, java.util.function.ToLongFunction<JsonNode> size) {
        long total = 0;
        for (JsonNode element : elements) {
            total += size.applyAsLong(element);
        }
        return total;
    }

    private static long number(String digits) {
        return digits.replaceAll("[^0-9]", "").length() / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
