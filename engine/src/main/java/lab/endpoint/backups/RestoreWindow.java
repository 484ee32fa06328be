package lab.endpoint.backups;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.ItemRequests;
import lab.endpoint.Emulation;
import lab.endpoint.LabNamespace;
import lab.endpoint.WireAnswer;
import lab.endpoint.WireRequest;

/**
 * A restored table as the service shows it: CREATING, with its {@code RestoreSummary}, for a moment after the restore
 * answered (DescribeTable says so, and says so to the store's first look however late; item operations on it are
 * told the resource is not found; it can be neither backed up nor have its recovery changed), then ACTIVE, still with
 * its summary, until the table is deleted.
 */
final class RestoreWindow implements Emulation {

    static RestoredTables restored(LabNamespace namespace) {
        return namespace.kept(RestoredTables.class, () -> new RestoredTables(namespace.clock()));
    }

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        RestoredTables restored = restored(namespace);
        String operation = request.operation();
        for (String table : ItemRequests.tables(operation, request.body())) {
            if (restored.creating(table)) {
                throw ServiceRefusals.resourceNotFound();
            }
        }
        String table = request.text("TableName");
        if (table != null && operation.equals("DescribeTable") && request.storeTraffic()
                && restored.describedAsCreating(table)) {
            return Optional.of(WireAnswer.ok(described(namespace, table)));
        }
        if (table == null || !restored.creating(table)) {
            return Optional.empty();
        }
        return switch (operation) {
            case "DescribeTable" -> Optional.of(WireAnswer.ok(described(namespace, table)));
            case "CreateBackup", "UpdateContinuousBackups" -> throw ServiceRefusals.continuousBackupsUnavailable(table);
            default -> Optional.empty();
        };
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        String table = request.text("TableName");
        if (!answer.succeeded() || table == null) {
            return answer;
        }
        if (request.operation().equals("DeleteTable")) {
            restored(namespace).forget(table);
        } else if (request.operation().equals("DescribeTable")) {
            Optional<ObjectNode> summary = restored(namespace).summary(table);
            if (summary.isPresent()) {
                ObjectNode body = answer.json();
                ((ObjectNode) body.path("Table")).set("RestoreSummary", summary.get());
                return answer.withBody(body);
            }
        }
        return answer;
    }

    private static ObjectNode described(LabNamespace namespace, String table) {
        ObjectNode description = new BackendTables(namespace.backendCalls()).existing(table);
        creating(description, restored(namespace).summary(table, true).orElseThrow());
        ObjectNode body = WireAnswer.JSON.createObjectNode();
        body.set("Table", description);
        return body;
    }

    /** The description as a table being restored has it: CREATING, its indexes too, with its restore summary. */
    static ObjectNode creating(ObjectNode description, ObjectNode summary) {
        description.put("TableStatus", "CREATING");
        for (JsonNode index : description.path("GlobalSecondaryIndexes")) {
            ((ObjectNode) index).put("IndexStatus", "CREATING");
        }
        description.set("RestoreSummary", summary);
        return description;
    }
}
