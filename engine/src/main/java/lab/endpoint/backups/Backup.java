package lab.endpoint.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.WireAnswer;

/**
 * One on-demand backup: its ARN and name, when it was asked for (the store's clock), and the table as it was then.
 * Taken whole when asked, it is CREATING in CreateBackup's answer and AVAILABLE to every request after.
 * <p>
 * Its size is what the service measures about every six hours ({@link #SIZE_MEASURED_EVERY}), on the lab's clock: a
 * backup says 0 bytes until six hours after it was taken, its exact size from then on.
 *
 * @param arn     {@code <table ARN>/backup/<14-digit epoch milliseconds>-<8 hex digits>}, as the service makes it
 * @param name    the name it was given; names need not be unique
 * @param created when it was asked for
 * @param image   the table and its items at that moment
 * @param type    USER (asked for), or SYSTEM (the one the service takes when a table with recovery on is deleted)
 */
record Backup(String arn, String name, Instant created, TableImage image, String type) {

    static final String CREATING = "CREATING";
    static final String AVAILABLE = "AVAILABLE";
    static final String DELETED = "DELETED";
    static final String USER = "USER";
    static final String SYSTEM = "SYSTEM";
    /** What the service names the backup it takes of a deleted table whose recovery was on. */
    static final String DELETED_TABLE_BACKUP = "$DeletedTableBackup";
    /** "DynamoDB updates this value approximately every six hours" (BackupDetails.BackupSizeBytes, TableSizeBytes). */
    static final Duration SIZE_MEASURED_EVERY = Duration.ofHours(6);

    static Backup of(String name, Instant created, TableImage image) {
        return new Backup(arn(image, created), name, ServiceTimes.millis(created), image, USER);
    }

    /** The backup the service takes when a table with point-in-time recovery on is deleted. */
    static Backup ofDeletedTable(Instant deleted, TableImage image) {
        return new Backup(arn(image, deleted), image.name() + DELETED_TABLE_BACKUP, ServiceTimes.millis(deleted), image,
                SYSTEM);
    }

    private static String arn(TableImage image, Instant created) {
        return image.arn() + "/backup/" + String.format("%014d", created.toEpochMilli()) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    String tableName() {
        return image.name();
    }

    /** Its size as the service tells it at this moment: 0 until it has been measured, six hours after it was taken. */
    long sizeBytes(Instant now) {
        return now.isBefore(created.plus(SIZE_MEASURED_EVERY)) ? 0 : image.sizeBytes();
    }

    /** {@code BackupDetails}, with the given status, as told at this moment. */
    ObjectNode details(String status, Instant now) {
        return WireAnswer.JSON.createObjectNode()
                .put("BackupArn", arn)
                .put("BackupName", name)
                .put("BackupSizeBytes", sizeBytes(now))
                .put("BackupStatus", status)
                .put("BackupType", type)
                .put("BackupCreationDateTime", ServiceTimes.seconds(created));
    }

    /** A {@code BackupSummaries} element of ListBackups, as told at this moment. */
    ObjectNode summary(Instant now) {
        ObjectNode table = image.table();
        ObjectNode summary = WireAnswer.JSON.createObjectNode()
                .put("TableName", tableName());
        copy(table, summary, "TableId");
        copy(table, summary, "TableArn");
        return summary.put("BackupArn", arn)
                .put("BackupName", name)
                .put("BackupCreationDateTime", ServiceTimes.seconds(created))
                .put("BackupStatus", AVAILABLE)
                .put("BackupType", type)
                .put("BackupSizeBytes", sizeBytes(now));
    }

    /** {@code BackupDescription}: its details, the source table's, and the source's features, as told at this moment. */
    ObjectNode description(String status, Instant now) {
        ObjectNode table = image.table();
        ObjectNode description = WireAnswer.JSON.createObjectNode();
        description.set("BackupDetails", details(status, now));
        ObjectNode source = description.putObject("SourceTableDetails").put("TableName", tableName());
        // DynamoDB Local's tables have no TableId, and describe their creation as CreationDateTime: the service's
        // model requires both, so a table lacking an id gets one made from its ARN and creation time.
        source.put("TableId", table.hasNonNull("TableId") ? table.get("TableId").asText()
                : java.util.UUID.nameUUIDFromBytes((table.path("TableArn").asText() + "@"
                        + table.path("CreationDateTime").asText()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        copy(table, source, "TableArn");
        copy(table, source, "KeySchema");
        if (table.hasNonNull("CreationDateTime")) {
            source.set("TableCreationDateTime", table.get("CreationDateTime").deepCopy());
        }
        source.put("TableSizeBytes", image.sizeBytes());
        source.putObject("ProvisionedThroughput")
                .put("ReadCapacityUnits", table.path("ProvisionedThroughput").path("ReadCapacityUnits").asLong())
                .put("WriteCapacityUnits", table.path("ProvisionedThroughput").path("WriteCapacityUnits").asLong());
        source.put("ItemCount", image.items().size());
        source.put("BillingMode", table.path("BillingModeSummary").path("BillingMode").asText("PROVISIONED"));
        ObjectNode features = description.putObject("SourceTableFeatureDetails");
        for (String kind : new String[] {"LocalSecondaryIndexes", "GlobalSecondaryIndexes"}) {
            if (table.path(kind).size() > 0) {
                features.set(kind, indexes(table.path(kind)));
            }
        }
        // The model names the source's stream settings StreamDescription (of the StreamSpecification shape).
        if (table.hasNonNull("StreamSpecification")) {
            features.set("StreamDescription", table.get("StreamSpecification").deepCopy());
        }
        if (image.timeToLive() != null) {
            features.set("TimeToLiveDescription", image.timeToLive().deepCopy());
        }
        // Encryption with a KMS key is described; the default (a key the service owns) is not, nor by DynamoDB Local.
        if (table.hasNonNull("SSEDescription")) {
            features.set("SSEDescription", table.get("SSEDescription").deepCopy());
        }
        return description;
    }

    private static JsonNode indexes(JsonNode described) {
        var indexes = WireAnswer.JSON.createArrayNode();
        for (JsonNode index : described) {
            ObjectNode info = indexes.addObject();
            for (String field : new String[] {"IndexName", "KeySchema", "Projection", "ProvisionedThroughput"}) {
                copy((ObjectNode) index, info, field);
            }
        }
        return indexes;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field).deepCopy());
        }
    }
}
