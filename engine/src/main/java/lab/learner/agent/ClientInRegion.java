package lab.learner.agent;

/**
 * An argument of the learner's API that is the learner's own DynamoDB client, signing for another region: the harness
 * passes this, and the learner's method receives the client (a {@code DynamoDbClient} parameter), made with the
 * scenario's learner credentials through the lab endpoint like the one its class was made with.
 *
 * @param region the region the client signs for, such as {@code eu-west-1}
 */
public record ClientInRegion(String region) {

    public ClientInRegion {
        if (region == null || !region.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a region name: " + region);
        }
    }
}
