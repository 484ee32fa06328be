package lab.report;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.backend.LabTables;

/**
 * {@code target/kata/Books.json}: the lab's table (the one its features name most, {@link LabTables#main}) as a
 * scenario left it, with its global secondary indexes and its items, as a NoSQL Workbench data model (the format its
 * data modeler imports and exports, version 3.0), so that the lab's result can be opened in the tool.
 */
public final class WorkbenchModel {

    /** The target model's date, fixed so that the file changes only when the model does. */
    private static final String TARGET_DATE = "Dec 01, 2026, 12:00 AM";

    private static final DateTimeFormatter WORKBENCH_DATE =
            DateTimeFormatter.ofPattern("MMM dd, yyyy, hh:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private WorkbenchModel() {
    }

    /** The lab's table, found once per report from its features ({@link LabTables#main}): {@code Books}. */
    public static String table() {
        return LabTables.main(LabTables.features());
    }

    /** The file's name for the lab's table {@code table}: {@code Books.json}. */
    public static String file(String table) {
        return table + ".json";
    }

    /** The model of the lab's table {@code table}, when some scenario left it; empty otherwise. */
    public static Optional<String> render(Progress progress, String table) {
        return chosen(progress, table).map(chosen -> {
            try {
                return DynamoJson.MAPPER.writeValueAsString(model(chosen.table(), chosen.scenario(), progress)) + "\n";
            } catch (IOException unwritable) {
                throw new java.io.UncheckedIOException(unwritable);
            }
        });
    }

    /** A scenario's copy of the lab's table. */
    record Candidate(ScenarioResult scenario, TableSnapshot table) {
    }

    /**
     * The lab's table as the scenario that shows the most of the model left it: one that passed, with its index, read
     * whole, holding the most items; the earliest exercise wins a tie.
     */
    static Optional<Candidate> chosen(Progress progress, String labTable) {
        return progress.scenarioResults().stream()
                .filter(scenario -> scenario.tables() != null)
                .flatMap(scenario -> scenario.tables().table(labTable).stream()
                        .filter(table -> table.error() == null && table.partitionKey() != null)
                        .map(table -> new Candidate(scenario, table)))
                .min(Comparator.<Candidate, Boolean>comparing(candidate -> candidate.scenario().verdict() != Verdict.PASSED)
                        .thenComparing(candidate -> candidate.table().indexes().isEmpty())
                        .thenComparing(candidate -> !candidate.table().complete())
                        .thenComparing(candidate -> -candidate.table().items().size()));
    }

    /**
     * The model of the table the learner builds, which a lab ships for its learners to import before starting:
     * {@code table} as the harness's own fixtures build it, {@code description} what it is.
     */
    public static String target(TableSnapshot table, String description) {
        try {
            return DynamoJson.MAPPER.writeValueAsString(model(table, description, TARGET_DATE)) + "\n";
        } catch (IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
    }

    static ObjectNode model(TableSnapshot table, ScenarioResult source, Progress progress) {
        return model(table, "The " + table.name() + " table as the scenario \"" + source.name() + "\" (exercise "
                + source.exerciseId() + ") left it" + (table.complete() ? "" : "; its first " + table.items().size()
                + " items only"), WORKBENCH_DATE.format(progress.finishedAt()));
    }

    private static ObjectNode model(TableSnapshot table, String description, String when) {
        ObjectNode model = DynamoJson.MAPPER.createObjectNode();
        model.put("ModelName", "Lab: " + table.name());
        ObjectNode metadata = model.putObject("ModelMetadata");
        metadata.put("Author", "DynamoDB lab");
        metadata.put("DateCreated", when);
        metadata.put("DateLastModified", when);
        metadata.put("Description", description);
        metadata.put("AWSService", "Amazon DynamoDB");
        metadata.put("Version", "3.0");

        ObjectNode data = model.putArray("DataModel").addObject();
        data.put("TableName", table.name());
        Map<String, String> types = attributeTypes(table);
        data.set("KeyAttributes", keys(table.partitionKey(), table.sortKey(), types));
        ArrayNode nonKey = data.putArray("NonKeyAttributes");
        types.forEach((name, type) -> {
            if (!name.equals(table.partitionKey()) && !name.equals(table.sortKey())) {
                nonKey.addObject().put("AttributeName", name).put("AttributeType", type);
            }
        });
        data.putArray("TableFacets");
        ArrayNode indexes = data.putArray("GlobalSecondaryIndexes");
        for (TableSnapshot.IndexSnapshot index : table.indexes()) {
            ObjectNode gsi = indexes.addObject();
            gsi.put("IndexName", index.name());
            gsi.set("KeyAttributes", keys(index.partitionKey(), index.sortKey(), types));
            ObjectNode projection = gsi.putObject("Projection");
            projection.put("ProjectionType", index.projection());
            if (index.nonKeyAttributes() != null && !index.nonKeyAttributes().isEmpty()) {
                index.nonKeyAttributes().forEach(projection.putArray("NonKeyAttributes")::add);
            }
        }
        ArrayNode items = data.putArray("TableData");
        table.items().forEach(items::add);
        data.putObject("DataAccess").putObject("MySql");
        data.put("BillingMode", table.billingMode());
        if ("PROVISIONED".equals(table.billingMode())) {
            data.putObject("ProvisionedCapacitySettings").putObject("ProvisionedThroughput")
                    .put("ReadCapacityUnits", table.readUnits()).put("WriteCapacityUnits", table.writeUnits());
        }
        return model;
    }

    /**
     * Every attribute the model must declare, with its type: the key attributes as the table defines them, then every
     * attribute its items hold (NoSQL Workbench refuses items with attributes the model does not name).
     */
    static Map<String, String> attributeTypes(TableSnapshot table) {
        Map<String, String> types = new LinkedHashMap<>(table.attributeTypes());
        for (ObjectNode item : table.items()) {
            item.fields().forEachRemaining(attribute -> types.putIfAbsent(attribute.getKey(), DynamoJson.type(attribute.getValue())));
        }
        return types;
    }

    private static ObjectNode keys(String partitionKey, String sortKey, Map<String, String> types) {
        ObjectNode keys = DynamoJson.MAPPER.createObjectNode();
        keys.putObject("PartitionKey").put("AttributeName", partitionKey).put("AttributeType", types.getOrDefault(partitionKey, "S"));
        if (sortKey != null) {
            keys.putObject("SortKey").put("AttributeName", sortKey).put("AttributeType", types.getOrDefault(sortKey, "S"));
        }
        return keys;
    }
}
