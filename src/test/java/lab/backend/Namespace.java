package lab.backend;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where one scenario's tables live. On a DynamoDB Local the harness owns, a namespace is an access key id of its
 * own: DynamoDB Local (without {@code -sharedDb}) keeps a separate database per access key id, so scenarios
 * cannot see each other's tables and may run in any order, or at once.
 *
 * @param id          a name for reports and messages; never a secret
 * @param credentials what the scenario's clients sign their requests with
 */
public record Namespace(String id, AwsCredentialsProvider credentials) {

    /** A namespace of its own on a DynamoDB Local: dummy credentials whose access key id is the namespace. */
    public static Namespace isolated(String id) {
        if (!id.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("A DynamoDB Local namespace is letters and digits only: " + id);
        }
        return new Namespace(id, StaticCredentialsProvider.create(AwsBasicCredentials.create(id, "kata")));
    }

    @Override
    public String toString() {
        return id;
    }
}
