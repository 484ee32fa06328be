package lab.endpoint.backups;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.Emulation;
import lab.endpoint.LabNamespace;
import lab.endpoint.WireAnswer;
import lab.endpoint.WireRequest;

/**
 * On-demand backups where the backend has none: CreateBackup, DescribeBackup, ListBackups, DeleteBackup and
 * RestoreTableFromBackup, with the service's request checks, answers and refusals. A backup is the whole table, read
 * consistently when asked for, and kept by the endpoint for the namespace.
 */
final class BackupEmulation implements Emulation {

    private static final String BACKUP_ARN = "BackupArn";
    private static final int LIST_LIMIT = 100;
    private static final List<String> BACKUP_TYPES = List.of("USER", "SYSTEM", "AWS_BACKUP", "ALL");

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        ObjectNode body = request.body();
        BackupVault vault = namespace.kept(BackupVault.class, BackupVault::new);
        return Optional.ofNullable(switch (request.operation()) {
            case "CreateBackup" -> create(namespace, vault, TableArns.nameInsteadOfArn(namespace, body));
            case "DescribeBackup" -> described("BackupDescription", backup(vault, body).description(Backup.AVAILABLE,
                    namespace.clock().now()));
            case "DeleteBackup" -> {
                Backup backup = backup(vault, body);
                if (RestoreWindow.restored(namespace).restoringFrom(backup.arn())) {
                    throw ServiceRefusals.backupInUse();
                }
                vault.remove(backup.arn());
                yield described("BackupDescription", backup.description(Backup.DELETED, namespace.clock().now()));
            }
            case "ListBackups" -> list(vault, TableArns.nameInsteadOfArn(namespace, body), namespace.clock().now());
            case "RestoreTableFromBackup" -> restore(namespace, vault, body);
            default -> null;
        }).map(WireAnswer::ok);
    }

    private static ObjectNode create(LabNamespace namespace, BackupVault vault, ObjectNode body) {
        new ServiceValidation().name("tableName", body.get("TableName")).name("backupName", body.get("BackupName")).check();
        BackendTables tables = new BackendTables(namespace.backendCalls());
        String table = body.get("TableName").asText();
        ObjectNode description = tables.existing(table);
        Backup backup = Backup.of(body.get("BackupName").asText(), namespace.clock().now(),
                new TableImage(description, tables.items(table), tables.timeToLive(table).orElse(null)));
        vault.keep(backup);
        return described("BackupDetails", backup.details(Backup.CREATING, namespace.clock().now()));
    }

    private static Backup backup(BackupVault vault, ObjectNode body) {
        new ServiceValidation().arn("backupArn", body.get(BACKUP_ARN)).check();
        String arn = body.get(BACKUP_ARN).asText();
        return vault.find(arn).orElseThrow(() -> ServiceRefusals.backupNotFound(arn));
    }

    private static ObjectNode list(BackupVault vault, ObjectNode body, Instant now) {
        new ServiceValidation().optionalName("tableName", body.get("TableName"))
                .range("limit", body.get("Limit"), 1, LIST_LIMIT)
                .oneOf("backupType", body.get("BackupType"), BACKUP_TYPES)
                .check();
        String table = body.hasNonNull("TableName") ? body.get("TableName").asText() : null;
        String type = body.path("BackupType").asText("ALL");
        Instant from = body.hasNonNull("TimeRangeLowerBound")
                ? ServiceTimes.instant("timeRangeLowerBound", body.get("TimeRangeLowerBound")) : Instant.MIN;
        Instant before = body.hasNonNull("TimeRangeUpperBound")
                ? ServiceTimes.instant("timeRangeUpperBound", body.get("TimeRangeUpperBound")) : Instant.MAX;
        String after = body.hasNonNull("ExclusiveStartBackupArn") ? body.get("ExclusiveStartBackupArn").asText() : null;
        int limit = body.path("Limit").asInt(LIST_LIMIT);
        List<Backup> matching = vault.all().stream()
                .filter(backup -> table == null || backup.tableName().equals(table))
                .filter(backup -> type.equals("ALL") || type.equals(backup.type()))
                .filter(backup -> !backup.created().isBefore(from) && backup.created().isBefore(before))
                .sorted(Comparator.comparing(Backup::created).thenComparing(Backup::arn))
                .filter(backup -> after == null || backup.created().isAfter(createdOf(after))
                        || backup.created().equals(createdOf(after)) && backup.arn().compareTo(after) > 0)
                .toList();
        ObjectNode answer = WireAnswer.JSON.createObjectNode();
        ArrayNode summaries = answer.putArray("BackupSummaries");
        matching.stream().limit(limit).forEach(backup -> summaries.add(backup.summary(now)));
        if (matching.size() > limit) {
            answer.put("LastEvaluatedBackupArn", matching.get(limit - 1).arn());
        }
        return answer;
    }

    /** When the backup an ARN names was taken: the ARN says, in epoch milliseconds after {@code /backup/}. */
    private static Instant createdOf(String arn) {
        int at = arn.lastIndexOf("/backup/");
        try {
            return Instant.ofEpochMilli(Long.parseLong(arn.substring(at + "/backup/".length()).split("-")[0]));
        } catch (RuntimeException notOurs) {
            return Instant.MIN;
        }
    }

    private static ObjectNode restore(LabNamespace namespace, BackupVault vault, ObjectNode body) {
        new ServiceValidation().name("targetTableName", body.get(TableCopier.TARGET))
                .arn("backupArn", body.get(BACKUP_ARN)).check();
        Backup backup = backup(vault, body);
        ObjectNode summary = WireAnswer.JSON.createObjectNode()
                .put("SourceBackupArn", backup.arn())
                .put("SourceTableArn", backup.image().arn())
                .put("RestoreDateTime", ServiceTimes.seconds(backup.created()));
        return TableCopier.restore(namespace, backup.image(), body, summary);
    }

    private static ObjectNode described(String field, JsonNode value) {
        ObjectNode answer = WireAnswer.JSON.createObjectNode();
        answer.set(field, value);
        return answer;
    }
}
