package lab.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Asks for consumed capacity on the learner's behalf, and takes it out of the answer again, so that the learner's
 * code sees exactly what it asked for while the harness learns what each call cost. Works on every item operation
 * (GetItem, Query, Scan, the writes, the batches) through the SDK's own field model: a request that can carry
 * {@code ReturnConsumedCapacity} has an answer that carries {@code ConsumedCapacity}, one or a list of them.
 */
final class ConsumedCapacityOnBehalf {

    private static final String ASK = "ReturnConsumedCapacity";
    private static final String ANSWER = "ConsumedCapacity";

    private ConsumedCapacityOnBehalf() {
    }

    /** Whether the request can ask for consumed capacity and the learner left it unset, or asked for NONE. */
    static boolean notAskedFor(SdkRequest request) {
        Optional<SdkField<?>> ask = field(request, ASK);
        if (ask.isEmpty()) {
            return false;
        }
        Object asked = ask.get().getValueOrDefault(request);
        return asked == null || ReturnConsumedCapacity.NONE.toString().equals(asked);
    }

    /** The request asking for the total consumed capacity; only for a request {@link #notAskedFor} accepted. */
    static SdkRequest ask(SdkRequest request) {
        SdkRequest.Builder builder = request.toBuilder();
        field(request, ASK).ifPresent(asked -> asked.set(builder, ReturnConsumedCapacity.TOTAL.toString()));
        return (SdkRequest) builder.build();
    }

    /** The capacity units the answer reports, summed over its tables and indexes; null where it reports none. */
    static Double units(SdkResponse response) {
        Object reported = field(response, ANSWER).map(answer -> answer.getValueOrDefault(response)).orElse(null);
        List<?> capacities = reported instanceof List<?> list ? list : reported == null ? List.of() : List.of(reported);
        return capacities.stream().map(capacity -> ((ConsumedCapacity) capacity).capacityUnits())
                .filter(Objects::nonNull).reduce(Double::sum).orElse(null);
    }

    /** The answer as the learner asked for it: without the consumed capacity the harness asked for. */
    static SdkResponse strip(SdkResponse response) {
        SdkResponse.Builder builder = response.toBuilder();
        field(response, ANSWER).ifPresent(answer -> answer.set(builder, null));
        return (SdkResponse) builder.build();
    }

    private static Optional<SdkField<?>> field(SdkPojo pojo, String name) {
        return pojo.sdkFields().stream().filter(field -> field.memberName().equals(name)).findFirst();
    }
}
