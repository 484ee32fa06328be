package lab.client;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** What one request and its answer tell about a call: the facts a {@link Call} records. */
final class CallFacts {

    private CallFacts() {
    }

    static Call.Access access(SdkRequest request) {
        if (request instanceof GetItemRequest || request instanceof BatchGetItemRequest
                || request instanceof TransactGetItemsRequest) {
            return Call.Access.KEY;
        } else if (request instanceof QueryRequest) {
            return Call.Access.QUERY;
        } else if (request instanceof ScanRequest) {
            return Call.Access.SCAN;
        } else if (request instanceof PutItemRequest || request instanceof UpdateItemRequest
                || request instanceof DeleteItemRequest || request instanceof BatchWriteItemRequest
                || request instanceof TransactWriteItemsRequest) {
            return Call.Access.WRITE;
        }
        return Call.Access.OTHER;
    }

    /** The call as the learner made it; {@code response} is null when it failed. */
    static Call of(String operation, SdkRequest request, SdkResponse response, int throttled, String failure) {
        String table = request.getValueForField("TableName", String.class).orElse(null);
        String index = request.getValueForField("IndexName", String.class).orElse(null);
        boolean consistent = request.getValueForField("ConsistentRead", Boolean.class).orElse(false);
        boolean conditional = request.getValueForField("ConditionExpression", String.class).isPresent()
                || request.getValueForField("Expected", Map.class).filter(expected -> !expected.isEmpty()).isPresent();
        int writes = 1;
        if (request instanceof BatchWriteItemRequest batch) {
            table = batch.requestItems().keySet().stream().findFirst().orElse(null);
            writes = count(batch.requestItems());
        } else if (request instanceof BatchGetItemRequest batchGet) {
            table = batchGet.requestItems().keySet().stream().findFirst().orElse(null);
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            table = transaction.transactItems().stream().map(CallFacts::table).findFirst().orElse(null);
            writes = transaction.transactItems().size();
        } else if (request instanceof TransactGetItemsRequest transaction) {
            table = transaction.transactItems().stream().map(item -> item.get().tableName()).findFirst().orElse(null);
        }
        Call.Access access = access(request);
        if (access != Call.Access.WRITE) {
            writes = 0;
        }
        int returned = 0;
        int read = 0;
        boolean morePages = false;
        int handedBack = 0;
        if (response instanceof GetItemResponse get) {
            returned = get.hasItem() && !get.item().isEmpty() ? 1 : 0;
            read = returned;
        } else if (response instanceof QueryResponse query) {
            returned = query.count();
            read = query.scannedCount();
            morePages = hasKey(query.lastEvaluatedKey());
        } else if (response instanceof ScanResponse scan) {
            returned = scan.count();
            read = scan.scannedCount();
            morePages = hasKey(scan.lastEvaluatedKey());
        } else if (response instanceof BatchGetItemResponse batchGet) {
            returned = batchGet.responses().values().stream().mapToInt(List::size).sum();
            read = returned;
        } else if (response instanceof TransactGetItemsResponse transaction) {
            returned = (int) transaction.responses().stream().filter(item -> item.hasItem() && !item.item().isEmpty()).count();
            read = returned;
        } else if (response instanceof BatchWriteItemResponse batchWrite) {
            handedBack = count(batchWrite.unprocessedItems());
        }
        Double units = response == null ? null : ConsumedCapacityOnBehalf.units(response);
        return new Call(operation, table, index, access, returned, read, morePages, consistent, conditional, writes,
                handedBack, units, throttled, failure);
    }

    /** The table one write of a transaction names, whichever of its four kinds it is. */
    private static String table(TransactWriteItem item) {
        if (item.put() != null) {
            return item.put().tableName();
        } else if (item.update() != null) {
            return item.update().tableName();
        } else if (item.delete() != null) {
            return item.delete().tableName();
        }
        return item.conditionCheck() == null ? null : item.conditionCheck().tableName();
    }

    private static boolean hasKey(Map<String, AttributeValue> lastEvaluatedKey) {
        return lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty();
    }

    private static int count(Map<String, List<WriteRequest>> writes) {
        return writes == null ? 0 : writes.values().stream().mapToInt(List::size).sum();
    }
}
