package lab.endpoint;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The busy store's batch write: only the first half of each table's writes (at least one) reaches the backend, and the
 * rest comes back as {@code UnprocessedItems}, added to whatever the backend itself left unprocessed. Nothing is lost:
 * the writes handed back are exactly those never sent.
 */
final class BatchHoldBack {

    private final ObjectNode heldBack = WireAnswer.JSON.createObjectNode();

    /** Whether some table of the batch has two writes or more, so that part of them can be held back. */
    static boolean canHoldBackPart(JsonNode request) {
        for (JsonNode writes : request.path("RequestItems")) {
            if (writes.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Takes the second half of each table's writes out of the request, keeping them to hand back. */
    static BatchHoldBack from(ObjectNode request) {
        BatchHoldBack hold = new BatchHoldBack();
        ObjectNode items = (ObjectNode) request.get("RequestItems");
        Iterator<Map.Entry<String, JsonNode>> tables = items.fields();
        while (tables.hasNext()) {
            Map.Entry<String, JsonNode> table = tables.next();
            ArrayNode writes = (ArrayNode) table.getValue();
            int keep = Math.max(1, (writes.size() + 1) / 2);
            ArrayNode back = hold.heldBack.putArray(table.getKey());
            while (writes.size() > keep) {
                back.add(writes.remove(keep));
            }
            if (back.isEmpty()) {
                hold.heldBack.remove(table.getKey());
            }
        }
        return hold;
    }

    /** The backend's answer with the held-back writes handed back too. */
    ObjectNode handBack(ObjectNode answer) {
        JsonNode existing = answer.get("UnprocessedItems");
        ObjectNode unprocessed = existing instanceof ObjectNode object ? object : answer.putObject("UnprocessedItems");
        heldBack.fields().forEachRemaining(table -> {
            JsonNode already = unprocessed.get(table.getKey());
            ArrayNode writes = already instanceof ArrayNode list ? list : unprocessed.putArray(table.getKey());
            writes.addAll((ArrayNode) table.getValue());
        });
        return answer;
    }
}
