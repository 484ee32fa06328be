package lab.client;

import java.util.List;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Asks for consumed capacity on the learner's behalf, and takes it out of the answer again, so that the learner's
 * code sees exactly what it asked for while the harness learns what each call cost.
 */
final class ConsumedCapacityOnBehalf {

    private ConsumedCapacityOnBehalf() {
    }

    /** Whether the learner left ReturnConsumedCapacity unset on a request that can carry it. */
    static boolean notAskedFor(SdkRequest request) {
        ReturnConsumedCapacity asked = null;
        if (request instanceof GetItemRequest get) {
            asked = get.returnConsumedCapacity();
        } else if (request instanceof QueryRequest query) {
            asked = query.returnConsumedCapacity();
        } else if (request instanceof ScanRequest scan) {
            asked = scan.returnConsumedCapacity();
        } else if (request instanceof PutItemRequest put) {
            asked = put.returnConsumedCapacity();
        } else if (request instanceof UpdateItemRequest update) {
            asked = update.returnConsumedCapacity();
        } else if (request instanceof DeleteItemRequest delete) {
            asked = delete.returnConsumedCapacity();
        } else if (request instanceof BatchGetItemRequest batchGet) {
            asked = batchGet.returnConsumedCapacity();
        } else if (request instanceof BatchWriteItemRequest batchWrite) {
            asked = batchWrite.returnConsumedCapacity();
        } else {
            return false;
        }
        return asked == null;
    }

    /** The request asking for the total consumed capacity; only for a request {@link #notAskedFor} accepted. */
    static SdkRequest ask(SdkRequest request) {
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (request instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof ScanRequest scan) {
            return scan.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof PutItemRequest put) {
            return put.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof UpdateItemRequest update) {
            return update.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof DeleteItemRequest delete) {
            return delete.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchGetItemRequest batchGet) {
            return batchGet.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchWriteItemRequest batchWrite) {
            return batchWrite.toBuilder().returnConsumedCapacity(total).build();
        }
        return request;
    }

    /** The capacity units the answer reports, summed over its tables and indexes; null where it reports none. */
    static Double units(SdkResponse response) {
        if (response instanceof GetItemResponse get) {
            return units(get.consumedCapacity());
        } else if (response instanceof QueryResponse query) {
            return units(query.consumedCapacity());
        } else if (response instanceof ScanResponse scan) {
            return units(scan.consumedCapacity());
        } else if (response instanceof PutItemResponse put) {
            return units(put.consumedCapacity());
        } else if (response instanceof UpdateItemResponse update) {
            return units(update.consumedCapacity());
        } else if (response instanceof DeleteItemResponse delete) {
            return units(delete.consumedCapacity());
        } else if (response instanceof BatchGetItemResponse batchGet) {
            return batchGet.hasConsumedCapacity() ? units(batchGet.consumedCapacity()) : null;
        } else if (response instanceof BatchWriteItemResponse batchWrite) {
            return batchWrite.hasConsumedCapacity() ? units(batchWrite.consumedCapacity()) : null;
        }
        return null;
    }

    /** The answer as the learner asked for it: without the consumed capacity the harness asked for. */
    static SdkResponse strip(SdkResponse response) {
        if (response instanceof GetItemResponse get) {
            return get.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof QueryResponse query) {
            return query.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof ScanResponse scan) {
            return scan.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof PutItemResponse put) {
            return put.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof UpdateItemResponse update) {
            return update.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof DeleteItemResponse delete) {
            return delete.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
        } else if (response instanceof BatchGetItemResponse batchGet) {
            return batchGet.toBuilder().consumedCapacity((List<ConsumedCapacity>) null).build();
        } else if (response instanceof BatchWriteItemResponse batchWrite) {
            return batchWrite.toBuilder().consumedCapacity((List<ConsumedCapacity>) null).build();
        }
        return response;
    }

    private static Double units(ConsumedCapacity capacity) {
        return capacity == null ? null : capacity.capacityUnits();
    }

    private static Double units(List<ConsumedCapacity> capacities) {
        return capacities.stream().map(ConsumedCapacity::capacityUnits).filter(java.util.Objects::nonNull)
                .reduce(Double::sum).orElse(null);
    }
}
