package lab.endpoint.backups;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.ItemRequests;
import lab.endpoint.Emulation;
import lab.endpoint.LabNamespace;
import lab.endpoint.ServiceError;
import lab.endpoint.WireAnswer;
import lab.endpoint.WireRequest;

/**
 * Point-in-time recovery where the backend has none, on the store's clock: UpdateContinuousBackups,
 * DescribeContinuousBackups and RestoreTableToPointInTime, with the service's checks, answers and refusals. While a
 * table's recovery is on, every write that reaches it through the endpoint, whoever sent it, is journaled with the item
 * it left, read back consistently; deleting the table, or disabling its recovery, ends its recovery and its journal.
 */
final class PointInTimeEmulation implements Emulation {

    static final String SPECIFICATION = "PointInTimeRecoverySpecification";
    static final String BOTH_SOURCES = "Only one of SourceTableArn or SourceTableName can be specified";
    static final String NO_SOURCE = "Either SourceTableArn or SourceTableName must be specified";
    static final String BOTH_TIMES = "Only one of RestoreDateTime or UseLatestRestorableTime can be specified";
    static final String NO_TIME = "Either RestoreDateTime or UseLatestRestorableTime must be specified";

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        ObjectNode body = request.body();
        return Optional.ofNullable(switch (request.operation()) {
            case "UpdateContinuousBackups" -> update(namespace, TableArns.nameInsteadOfArn(namespace, body));
            case "DescribeContinuousBackups" -> {
                TableArns.nameInsteadOfArn(namespace, body);
                new ServiceValidation().name("tableName", body.get("TableName")).check();
                yield described(namespace, body.get("TableName").asText());
            }
            case "RestoreTableToPointInTime" -> restore(namespace, body);
            case "DeleteTable" -> {
                imageBeforeDeleting(namespace, request.text("TableName"));
                yield null;
            }
            default -> null;
        }).map(WireAnswer::ok);
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        if (!answer.succeeded()) {
            if (request.operation().equals("DeleteTable") && request.text("TableName") != null) {
                namespace.kept(DeletedTables.class, DeletedTables::new).take(request.text("TableName"));
            }
            return answer;
        }
        PointInTimeJournals journals = journals(namespace);
        if (request.operation().equals("DeleteTable")) {
            String table = request.text("TableName");
            journals.end(table);
            TableImage image = namespace.kept(DeletedTables.class, DeletedTables::new).take(table);
            if (image != null) {
                namespace.kept(BackupVault.class, BackupVault::new)
                        .keep(Backup.ofDeletedTable(namespace.clock().now(), image));
            }
            return answer;
        }
        Instant now = namespace.clock().now();
        BackendTables tables = new BackendTables(namespace.backendCalls());
        for (ItemRequests.Write write : ItemRequests.writes(request.operation(), request.body())) {
            journals.of(write.table()).ifPresent(journal -> {
                ObjectNode key = TableImage.keyOf(journal.keyNames(), write.keyOrItem());
                journal.written(now, key, tables.item(write.table(), key).orElse(null));
            });
        }
        return answer;
    }

    /**
     * A table with recovery on that is about to be deleted: the service keeps a system backup of it, so its image is
     * taken now, and kept once the deletion succeeds.
     */
    private static void imageBeforeDeleting(LabNamespace namespace, String table) {
        if (table == null || journals(namespace).of(table).isEmpty()) {
            return;
        }
        BackendTables tables = new BackendTables(namespace.backendCalls());
        tables.describe(table).ifPresent(description -> namespace.kept(DeletedTables.class, DeletedTables::new)
                .put(table, new TableImage(description, tables.items(table), tables.timeToLive(table).orElse(null))));
    }

    /** Images of tables with recovery on, taken as their deletion was asked for, until it succeeded or failed. */
    static final class DeletedTables {

        private final java.util.Map<String, TableImage> images = new java.util.concurrent.ConcurrentHashMap<>();

        void put(String table, TableImage image) {
            images.put(table, image);
        }

        TableImage take(String table) {
            return images.remove(table);
        }
    }

    private static PointInTimeJournals journals(LabNamespace namespace) {
        return namespace.kept(PointInTimeJournals.class, PointInTimeJournals::new);
    }

    private static ObjectNode update(LabNamespace namespace, ObjectNode body) {
        JsonNode specification = body.get(SPECIFICATION);
        ServiceValidation validation = new ServiceValidation().name("tableName", body.get("TableName"));
        if (validation.present("pointInTimeRecoverySpecification", specification)) {
            validation.present("pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled",
                    specification.get("PointInTimeRecoveryEnabled"));
            validation.range("pointInTimeRecoverySpecification.recoveryPeriodInDays",
                    specification.get("RecoveryPeriodInDays"), 1, PointInTimeJournal.RECOVERY_PERIOD_MAX_DAYS);
        }
        validation.check();
        String table = body.get("TableName").asText();
        BackendTables tables = new BackendTables(namespace.backendCalls());
        ObjectNode description = tables.existing(table);
        PointInTimeJournals journals = journals(namespace);
        int days = specification.path("RecoveryPeriodInDays").asInt(PointInTimeJournal.RECOVERY_PERIOD_MAX_DAYS);
        if (!specification.get("PointInTimeRecoveryEnabled").asBoolean()) {
            journals.end(table);
        } else if (journals.of(table).isPresent()) {
            journals.of(table).get().recoveryDays(days);
        } else {
            journals.start(table, new PointInTimeJournal(namespace.clock().now(), days,
                    TableImage.keyNames(description), tables.items(table)));
        }
        return continuousBackups(namespace, table);
    }

    private static ObjectNode described(LabNamespace namespace, String table) {
        new BackendTables(namespace.backendCalls()).existing(table);
        return continuousBackups(namespace, table);
    }

    /** {@code ContinuousBackupsDescription}: continuous backups are always on; recovery as the table has it. */
    private static ObjectNode continuousBackups(LabNamespace namespace, String table) {
        ObjectNode answer = WireAnswer.JSON.createObjectNode();
        ObjectNode description = answer.putObject("ContinuousBackupsDescription").put("ContinuousBackupsStatus", "ENABLED");
        ObjectNode recovery = description.putObject("PointInTimeRecoveryDescription");
        Optional<PointInTimeJournal> journal = journals(namespace).of(table);
        if (journal.isEmpty()) {
            recovery.put("PointInTimeRecoveryStatus", "DISABLED");
            return answer;
        }
        Instant now = namespace.clock().now();
        recovery.put("PointInTimeRecoveryStatus", "ENABLED")
                .put("RecoveryPeriodInDays", journal.get().recoveryDays())
                .put("EarliestRestorableDateTime", ServiceTimes.seconds(journal.get().earliest(now)))
                .put("LatestRestorableDateTime", ServiceTimes.seconds(journal.get().latest(now)));
        return answer;
    }

    private static ObjectNode restore(LabNamespace namespace, ObjectNode body) {
        new ServiceValidation().name("targetTableName", body.get(TableCopier.TARGET))
                .optionalName("sourceTableName", body.get("SourceTableName"))
                .check();
        boolean byName = body.hasNonNull("SourceTableName");
        boolean byArn = body.hasNonNull("SourceTableArn");
        if (byName == byArn) {
            throw ServiceError.validation(byName ? BOTH_SOURCES : NO_SOURCE);
        }
        boolean latest = body.path("UseLatestRestorableTime").asBoolean(false);
        boolean atTime = body.hasNonNull("RestoreDateTime");
        if (latest == atTime) {
            throw ServiceError.validation(latest ? BOTH_TIMES : NO_TIME);
        }
        // A restore is asked of the region the new table is made in; its source, named by its ARN, may be in another.
        String namedAs = body.get(byName ? "SourceTableName" : "SourceTableArn").asText();
        LabNamespace.TableAt source = byName ? new LabNamespace.TableAt(namespace, namedAs)
                : TableArns.tableAt(namespace, namedAs);
        String sourceName = source.table();
        ObjectNode description = new BackendTables(source.namespace().backendCalls()).existing(sourceName, namedAs);
        PointInTimeJournal journal = journals(source.namespace()).of(sourceName)
                .orElseThrow(() -> ServiceRefusals.pointInTimeRecoveryUnavailable(sourceName));
        Instant now = namespace.clock().now();
        Instant moment = latest ? journal.latest(now) : ServiceTimes.instant("restoreDateTime", body.get("RestoreDateTime"));
        if (moment.isBefore(journal.earliest(now)) || moment.isAfter(journal.latest(now))) {
            throw ServiceRefusals.invalidRestoreTime(ServiceTimes.millis(moment), ServiceTimes.millis(journal.earliest(now)),
                    ServiceTimes.millis(journal.latest(now)));
        }
        // The backend names the source in its own form, which the endpoint tells the caller in the caller's region:
        // right for a source of this region; one of another is named as the caller named it.
        ObjectNode summary = WireAnswer.JSON.createObjectNode()
                .put("SourceTableArn", source.namespace() == namespace ? description.path("TableArn").asText() : namedAs)
                .put("RestoreDateTime", ServiceTimes.seconds(moment));
        return TableCopier.restore(namespace, new TableImage(description, journal.itemsAt(moment)), body, summary);
    }
}
