package lab.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The SDK interceptor of the client handed to the learner's code: it records every call in the scenario's
 * {@link CallLog}, asks for consumed capacity on the learner's behalf (and hides it again), and injects the
 * scenario's {@link Faults}.
 */
final class RecordingInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<Boolean> ASKED_ON_BEHALF = new ExecutionAttribute<>("kata.askedOnBehalf");
    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_BACK = new ExecutionAttribute<>("kata.heldBack");
    private static final ExecutionAttribute<AtomicInteger> THROTTLED = new ExecutionAttribute<>("kata.throttled");
    private static final ExecutionAttribute<SdkRequest> AS_SENT_BY_LEARNER = new ExecutionAttribute<>("kata.learnerRequest");

    private final CallLog log;
    private final Faults faults;

    RecordingInterceptor(CallLog log, Faults faults) {
        this.log = log;
        this.faults = faults;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        attributes.putAttribute(AS_SENT_BY_LEARNER, request);
        attributes.putAttribute(THROTTLED, new AtomicInteger());
        if (ConsumedCapacityOnBehalf.notAskedFor(request)) {
            attributes.putAttribute(ASKED_ON_BEHALF, true);
            request = ConsumedCapacityOnBehalf.ask(request);
        }
        if (request instanceof BatchWriteItemRequest batch && canHoldBackPart(batch) && faults.cutThisBatchWrite()) {
            request = holdBackPart(batch, attributes);
        }
        return request;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (faults.throttleThisAttempt(CallFacts.access(context.request()))) {
            attributes.getAttribute(THROTTLED).incrementAndGet();
            // Thrown before the request leaves: the store never sees the attempt, and the SDK's retry policy
            // treats it as the service's throttling, exactly as it would the real answer.
            throw ProvisionedThroughputExceededException.builder()
                    .message("The level of configured provisioned throughput for the table was exceeded "
                            + "(injected by the lab: the store is busy)")
                    .statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("The level of configured provisioned throughput for the table was exceeded")
                            .serviceName("DynamoDb")
                            .build())
                    .build();
        }
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        Map<String, List<WriteRequest>> heldBack = attributes.getAttribute(HELD_BACK);
        if (heldBack != null && response instanceof BatchWriteItemResponse batch) {
            response = handBack(batch, heldBack);
        }
        log.add(CallFacts.of(operation(attributes), attributes.getAttribute(AS_SENT_BY_LEARNER), response,
                attributes.getAttribute(THROTTLED).get(), null));
        if (Boolean.TRUE.equals(attributes.getAttribute(ASKED_ON_BEHALF))) {
            response = ConsumedCapacityOnBehalf.strip(response);
        }
        return response;
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        SdkRequest request = attributes.getAttribute(AS_SENT_BY_LEARNER);
        AtomicInteger throttled = attributes.getAttribute(THROTTLED);
        log.add(CallFacts.of(operation(attributes), request == null ? context.request() : request, null,
                throttled == null ? 0 : throttled.get(), context.exception().getClass().getSimpleName()));
    }

    private static String operation(ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return name == null ? "an operation" : name;
    }

    /** Whether some table of the batch has two writes or more, so that part of them can be held back. */
    private static boolean canHoldBackPart(BatchWriteItemRequest batch) {
        return batch.requestItems().values().stream().anyMatch(writes -> writes.size() > 1);
    }

    /** Sends the first half of each table's writes (at least one); the rest is held back, never written. */
    private static SdkRequest holdBackPart(BatchWriteItemRequest batch, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> heldBack = new LinkedHashMap<>();
        batch.requestItems().forEach((table, writes) -> {
            int keep = Math.max(1, (writes.size() + 1) / 2);
            sent.put(table, writes.subList(0, keep));
            if (keep < writes.size()) {
                heldBack.put(table, writes.subList(keep, writes.size()));
            }
        });
        if (heldBack.isEmpty()) {
            return batch;
        }
        attributes.putAttribute(HELD_BACK, heldBack);
        return batch.toBuilder().requestItems(sent).build();
    }

    /** The answer with the held-back writes added to whatever the store itself left unprocessed. */
    private static SdkResponse handBack(BatchWriteItemResponse batch, Map<String, List<WriteRequest>> heldBack) {
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        if (batch.hasUnprocessedItems()) {
            batch.unprocessedItems().forEach((table, writes) -> unprocessed.put(table, new ArrayList<>(writes)));
        }
        heldBack.forEach((table, writes) -> unprocessed.computeIfAbsent(table, none -> new ArrayList<>()).addAll(writes));
        return batch.toBuilder().unprocessedItems(unprocessed).build();
    }
}
