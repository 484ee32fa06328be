package lab.client;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What the harness's own reads cost, as the store reports it: the yardsticks a learner's consumed capacity is
 * measured against, taken on the same backend so that no number is assumed.
 */
public final class CapacityProbe {

    private final DynamoDbClient harness;

    public CapacityProbe(DynamoDbClient harness) {
        this.harness = harness;
    }

    /** The read units of one strongly consistent GetItem of this key. */
    public double stronglyConsistentRead(String table, Map<String, AttributeValue> key) {
        return harness.getItem(get -> get.tableName(table).key(key).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
    }

    /** The read units of an eventually consistent Scan of the whole table, every page. */
    public double scanOfTheWholeTable(String table) {
        return harness.scanPaginator(scan -> scan.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .stream().mapToDouble(page -> page.consumedCapacity().capacityUnits()).sum();
    }
}
