package lab.endpoint.backups;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.LabNamespace;
import lab.endpoint.WireAnswer;

/**
 * A restore, as the service makes it: always a new table, with the source's key schema, attribute definitions,
 * secondary indexes (with their projections), billing mode and provisioned throughput, unless the request overrides
 * them ({@code GlobalSecondaryIndexOverride}, {@code LocalSecondaryIndexOverride}, {@code BillingModeOverride},
 * {@code ProvisionedThroughputOverride}), holding the image's items. Streams, time to live, tags and point-in-time
 * recovery are not carried over. The answer is the new table's description: CREATING, with its restore summary.
 * A restore into the name of a table being restored is refused as {@code TableInUseException}, into any other table's
 * as {@code TableAlreadyExistsException}, and the 51st restore under way at once as {@code LimitExceededException}.
 */
final class TableCopier {

    static final String TARGET = "TargetTableName";
    private static final String PROVISIONED = "PROVISIONED";
    private static final java.util.List<String> BILLING_MODES = java.util.List.of(PROVISIONED, "PAY_PER_REQUEST");
    /** "Any number of users can execute up to 50 concurrent restores (any type of restore) in a given account." */
    static final int RESTORES_AT_ONCE = 50;

    private TableCopier() {
    }

    /** Restores {@code image} as the request asks; {@code summary} says where from (its RestoreInProgress is set). */
    static ObjectNode restore(LabNamespace namespace, TableImage image, ObjectNode request, ObjectNode summary) {
        new ServiceValidation().oneOf("billingModeOverride", request.get("BillingModeOverride"), BILLING_MODES).check();
        overriddenIndexesExist(image.table(), request, "GlobalSecondaryIndexOverride", "GlobalSecondaryIndexes");
        overriddenIndexesExist(image.table(), request, "LocalSecondaryIndexOverride", "LocalSecondaryIndexes");
        String target = request.path(TARGET).asText();
        BackendTables tables = new BackendTables(namespace.backendCalls());
        RestoredTables restored = RestoreWindow.restored(namespace);
        if (restored.creating(target)) {
            throw ServiceRefusals.tableInUse();
        }
        if (tables.describe(target).isPresent()) {
            throw ServiceRefusals.tableAlreadyExists(target);
        }
        if (restored.underWay() >= RESTORES_AT_ONCE) {
            throw ServiceRefusals.limitExceeded("Too many restores are in progress: up to " + RESTORES_AT_ONCE
                    + " restores may run at once; try again when one of them is ACTIVE");
        }
        restored.started(target, summary);
        ObjectNode description;
        try {
            description = tables.create(createTable(image.table(), request, target));
            tables.load(target, image.items());
        } catch (RuntimeException failed) {
            restored.forget(target);
            throw failed;
        }
        restored.loaded(target);
        ObjectNode answer = WireAnswer.JSON.createObjectNode();
        answer.set("TableDescription", RestoreWindow.creating(description, restored.summary(target).orElseThrow()));
        return answer;
    }

    /**
     * An override may leave some of the source's indexes out, never bring one the source lacks ("the indexes provided
     * should match existing secondary indexes", the API reference says); the refusal's text is the lab's own.
     */
    private static void overriddenIndexesExist(ObjectNode source, ObjectNode request, String override, String kind) {
        Set<String> existing = new LinkedHashSet<>(source.path(kind).findValuesAsText("IndexName"));
        for (JsonNode index : request.path(override)) {
            String name = index.path("IndexName").asText();
            if (!existing.contains(name)) {
                throw lab.endpoint.ServiceError.validation("One or more parameter values were invalid: " + override
                        + " names the index " + name + ", which the source table does not have"
                        + (existing.isEmpty() ? "" : " (it has " + String.join(", ", existing) + ")"));
            }
        }
    }

    /** The CreateTable request that makes the target like the source, with the request's overrides. */
    static ObjectNode createTable(ObjectNode source, ObjectNode request, String target) {
        ObjectNode create = WireAnswer.JSON.createObjectNode().put("TableName", target);
        create.set("KeySchema", source.get("KeySchema"));
        String billing = request.hasNonNull("BillingModeOverride") ? request.get("BillingModeOverride").asText()
                : source.path("BillingModeSummary").path("BillingMode").asText(PROVISIONED);
        create.put("BillingMode", billing);
        ObjectNode throughput = request.has("ProvisionedThroughputOverride")
                ? throughput(request.get("ProvisionedThroughputOverride")) : throughput(source.path("ProvisionedThroughput"));
        boolean provisioned = billing.equals(PROVISIONED);
        if (provisioned) {
            create.set("ProvisionedThroughput", throughput);
        }
        ArrayNode globals = request.has("GlobalSecondaryIndexOverride")
                ? (ArrayNode) request.get("GlobalSecondaryIndexOverride").deepCopy()
                : indexes(source.path("GlobalSecondaryIndexes"), provisioned ? throughput : null);
        ArrayNode locals = request.has("LocalSecondaryIndexOverride")
                ? (ArrayNode) request.get("LocalSecondaryIndexOverride").deepCopy()
                : indexes(source.path("LocalSecondaryIndexes"), null);
        if (!globals.isEmpty()) {
            create.set("GlobalSecondaryIndexes", globals);
        }
        if (!locals.isEmpty()) {
            create.set("LocalSecondaryIndexes", locals);
        }
        create.set("AttributeDefinitions", definitionsOfKeys(source, create));
        return create;
    }

    /** Indexes as CreateTable takes them: name, key schema, projection, and throughput where provisioned. */
    private static ArrayNode indexes(JsonNode described, ObjectNode tableThroughput) {
        ArrayNode indexes = WireAnswer.JSON.createArrayNode();
        for (JsonNode index : described) {
            ObjectNode copy = indexes.addObject();
            copy.set("IndexName", index.get("IndexName"));
            copy.set("KeySchema", index.get("KeySchema"));
            copy.set("Projection", index.get("Projection"));
            if (tableThroughput != null) {
                ObjectNode own = throughput(index.path("ProvisionedThroughput"));
                copy.set("ProvisionedThroughput", own.path("ReadCapacityUnits").asLong() > 0 ? own : tableThroughput);
            }
        }
        return indexes;
    }

    private static ObjectNode throughput(JsonNode described) {
        return WireAnswer.JSON.createObjectNode()
                .put("ReadCapacityUnits", described.path("ReadCapacityUnits").asLong())
                .put("WriteCapacityUnits", described.path("WriteCapacityUnits").asLong());
    }

    /** The source's attribute definitions of the attributes the new table's keys and indexes use, and no others. */
    private static ArrayNode definitionsOfKeys(ObjectNode source, ObjectNode create) {
        Set<String> keys = new LinkedHashSet<>(TableImage.keyNames(create));
        for (String kind : new String[] {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
            create.path(kind).forEach(index -> keys.addAll(TableImage.keyNames(index)));
        }
        ArrayNode definitions = WireAnswer.JSON.createArrayNode();
        for (JsonNode definition : source.path("AttributeDefinitions")) {
            if (keys.contains(definition.path("AttributeName").asText())) {
                definitions.add(definition);
            }
        }
        return definitions;
    }
}
