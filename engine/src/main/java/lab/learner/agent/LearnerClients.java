package lab.learner.agent;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The clients the learner's classes are made with, whichever their constructor asks for: the DynamoDB client, and the
 * CloudWatch client (made on first use), both through the lab endpoint with the scenario's learner credentials.
 */
public record LearnerClients(DynamoDbClient dynamoDb, CloudWatchOnce cloudWatch) implements AutoCloseable {

    @Override
    public void close() {
        dynamoDb.close();
        cloudWatch.close();
    }
}
