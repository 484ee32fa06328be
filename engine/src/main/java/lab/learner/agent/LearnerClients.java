package lab.learner.agent;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The clients the learner's classes are made with, whichever their constructor asks for: the DynamoDB client, and the
 * CloudWatch client (made on first use), both through the lab endpoint with the scenario's learner credentials; and
 * the DynamoDB clients of other regions that the learner's methods are given ({@link ClientInRegion}).
 */
public record LearnerClients(DynamoDbClient dynamoDb, CloudWatchOnce cloudWatch, OtherRegions otherRegions)
        implements AutoCloseable {

    @Override
    public void close() {
        dynamoDb.close();
        cloudWatch.close();
        otherRegions.close();
    }
}
