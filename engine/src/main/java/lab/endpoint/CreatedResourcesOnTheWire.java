package lab.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import lab.backend.CreatedResources;

/** Notes in a namespace's ledger the tables and backups that requests made, as their answers say. */
final class CreatedResourcesOnTheWire {

    private CreatedResourcesOnTheWire() {
    }

    static void note(CreatedResources created, WireRequest request, WireAnswer answer) {
        if (!answer.succeeded()) {
            return;
        }
        switch (request.operation()) {
            case "CreateTable", "RestoreTableFromBackup", "RestoreTableToPointInTime" -> {
                JsonNode table = answer.json().path("TableDescription").path("TableName");
                if (table.isTextual()) {
                    created.madeTable(table.asText(), CreatedResources.Made.ANSWERED);
                }
            }
            case "CreateBackup" -> {
                JsonNode arn = answer.json().path("BackupDetails").path("BackupArn");
                if (arn.isTextual()) {
                    created.madeBackup(arn.asText());
                }
            }
            default -> {
            }
        }
    }

    /** A request that got no answer may have made its table all the same. */
    static void unanswered(CreatedResources created, WireRequest request) {
        String table = switch (request.operation()) {
            case "CreateTable" -> request.text("TableName");
            case "RestoreTableFromBackup", "RestoreTableToPointInTime" -> request.text("TargetTableName");
            default -> null;
        };
        if (table != null) {
            created.madeTable(table, CreatedResources.Made.UNANSWERED);
        }
    }
}
