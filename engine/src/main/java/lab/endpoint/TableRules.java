package lab.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The service's answers where DynamoDB Local's are wrong or say less, on what a learner of the lab sends:
 * <ul>
 *   <li>UpdateTable that leaves a global secondary index of a provisioned table without throughput (an index created
 *       without it, or a switch to PROVISIONED that gives the table its throughput and not each index theirs): the
 *       service refuses it with a ValidationException that names the index; DynamoDB Local fails with a 500. The
 *       same of a CreateTable, which DynamoDB Local refuses without naming the index.</li>
 *   <li>A Query whose key condition misses the partition key of what it reads: the service names the key it missed
 *       ("Query condition missed key schema element: Author"), DynamoDB Local does not; where the condition names an
 *       index's key instead, the lab adds one line of its own saying which index (in the learner's calls only).</li>
 * </ul>
 */
final class TableRules implements Emulation {

    /** The service's text for an index of a provisioned table with no throughput of its own. */
    static String noIndexThroughput(String index) {
        return "One or more parameter values were invalid: ProvisionedThroughput is not specified for index: " + index;
    }

    static final String MISSED_KEY = "Query condition missed key schema element";

    private static final Pattern NAME = Pattern.compile("#?[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        Optional<String> index = switch (request.operation()) {
            case "UpdateTable" -> indexWithoutThroughput(namespace, request.body());
            case "CreateTable" -> indexCreatedWithoutThroughput(request.body());
            default -> Optional.empty();
        };
        index.ifPresent(named -> {
            throw ServiceError.validation(noIndexThroughput(named));
        });
        return Optional.empty();
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        if (!request.operation().equals("Query") || answer.succeeded() || !"ValidationException".equals(answer.errorType())
                || !message(answer).startsWith(MISSED_KEY) || message(answer).startsWith(MISSED_KEY + ":")) {
            return answer;
        }
        Optional<ObjectNode> table = describe(namespace, request.text("TableName"));
        if (table.isEmpty()) {
            return answer;
        }
        String index = request.text("IndexName");
        JsonNode keys = index == null ? table.get().path("KeySchema") : indexNode(table.get(), index).path("KeySchema");
        String partitionKey = partitionKey(keys);
        if (partitionKey == null) {
            return answer;
        }
        String text = MISSED_KEY + ": " + partitionKey;
        if (request.fromLearner()) {
            text += lesson(table.get(), index, request.body());
        }
        return ServiceError.validation(text).answer();
    }

    /** The lab's line: the condition names an index's partition key, so the Query belongs on that index. */
    private static String lesson(ObjectNode table, String index, ObjectNode body) {
        Set<String> named = attributesNamed(body);
        for (JsonNode each : table.path("GlobalSecondaryIndexes")) {
            String key = partitionKey(each.path("KeySchema"));
            String name = each.path("IndexName").asText();
            if (key != null && named.contains(key) && !name.equals(index)) {
                return " (the lab: " + key + " is the partition key of the index " + name + ", not of the "
                        + (index == null ? "table" : "index " + index) + ": a Query of it names that index, IndexName)";
            }
        }
        return "";
    }

    /** The attribute names a Query's key condition uses, placeholders resolved. */
    private static Set<String> attributesNamed(ObjectNode body) {
        Set<String> named = new LinkedHashSet<>();
        String condition = body.path("KeyConditionExpression").asText("");
        Matcher word = NAME.matcher(condition.replaceAll(":[A-Za-z0-9_]+", " "));
        while (word.find()) {
            String token = word.group();
            named.add(token.startsWith("#") ? body.path("ExpressionAttributeNames").path(token).asText(token) : token);
        }
        body.path("KeyConditions").fieldNames().forEachRemaining(named::add);
        return named;
    }

    /**
     * The first index of a table created provisioned (as one is when BillingMode is not given) without throughput of
     * its own: DynamoDB Local refuses it in words of its own ("No provisioned throughput specified for the global
     * secondary index"), naming no index.
     */
    private static Optional<String> indexCreatedWithoutThroughput(ObjectNode body) {
        if (!body.path("BillingMode").asText("PROVISIONED").equals("PROVISIONED")) {
            return Optional.empty();
        }
        for (JsonNode index : body.path("GlobalSecondaryIndexes")) {
            if (!index.has("ProvisionedThroughput")) {
                return Optional.of(index.path("IndexName").asText());
            }
        }
        return Optional.empty();
    }

    /** The first index of a provisioned table that the update would leave without throughput of its own. */
    private static Optional<String> indexWithoutThroughput(LabNamespace namespace, ObjectNode body) {
        String billing = body.path("BillingMode").asText("");
        List<JsonNode> created = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        for (JsonNode update : body.path("GlobalSecondaryIndexUpdates")) {
            if (update.has("Create")) {
                created.add(update.get("Create"));
            }
            if (update.path("Update").has("ProvisionedThroughput")) {
                given.add(update.path("Update").path("IndexName").asText());
            }
        }
        if (created.isEmpty() && !billing.equals("PROVISIONED")) {
            return Optional.empty();
        }
        Optional<ObjectNode> table = describe(namespace, body.path("TableName").asText(null));
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String mode = table.get().path("BillingModeSummary").path("BillingMode").asText("");
        boolean provisionedNow = mode.equals("PROVISIONED")
                || (mode.isEmpty() && table.get().path("ProvisionedThroughput").path("ReadCapacityUnits").asLong(0) > 0);
        boolean provisioned = billing.equals("PROVISIONED") || (billing.isEmpty() && provisionedNow);
        if (!provisioned) {
            return Optional.empty();
        }
        for (JsonNode create : created) {
            if (!create.has("ProvisionedThroughput")) {
                return Optional.of(create.path("IndexName").asText());
            }
        }
        if (billing.equals("PROVISIONED") && !provisionedNow) {
            for (JsonNode index : table.get().path("GlobalSecondaryIndexes")) {
                String name = index.path("IndexName").asText();
                if (!given.contains(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ObjectNode> describe(LabNamespace namespace, String table) {
        if (table == null) {
            return Optional.empty();
        }
        try {
            ObjectNode request = WireAnswer.JSON.createObjectNode().put("TableName", table);
            return Optional.of((ObjectNode) namespace.backendCalls().call("DescribeTable", request).get("Table"));
        } catch (ServiceError | ClassCastException unknown) {
            return Optional.empty();
        }
    }

    private static JsonNode indexNode(ObjectNode table, String index) {
        for (JsonNode each : table.path("GlobalSecondaryIndexes")) {
            if (each.path("IndexName").asText().equals(index)) {
                return each;
            }
        }
        return WireAnswer.JSON.createObjectNode();
    }

    private static String partitionKey(JsonNode keys) {
        for (JsonNode key : keys) {
            if (key.path("KeyType").asText().equals("HASH")) {
                return key.path("AttributeName").asText();
            }
        }
        return null;
    }

    private static String message(WireAnswer answer) {
        return answer.json().path("message").asText(answer.json().path("Message").asText(""));
    }
}
