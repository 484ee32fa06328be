package lab.learner.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The learner's DynamoDB clients of other regions, each made the first time the learner's code is given one. */
public final class OtherRegions implements AutoCloseable {

    private final Function<String, DynamoDbClient> make;
    private final Map<String, DynamoDbClient> made = new LinkedHashMap<>();

    /** Clients made by {@code make}, given a region's name. */
    public OtherRegions(Function<String, DynamoDbClient> make) {
        this.make = make;
    }

    /** The client of {@code region}, made on first use. */
    public synchronized DynamoDbClient in(String region) {
        return made.computeIfAbsent(region, make);
    }

    @Override
    public synchronized void close() {
        made.values().forEach(DynamoDbClient::close);
        made.clear();
    }
}
