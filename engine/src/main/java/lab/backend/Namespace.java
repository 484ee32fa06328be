package lab.backend;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where one scenario's tables live. On a DynamoDB Local (one the harness started, or one a caller owns and names with
 * {@code -Dkata.namespace}), a namespace is an access key id of its own: DynamoDB Local (without {@code -sharedDb})
 * keeps a separate database per access key id, so scenarios cannot see each other's tables and may run in any order,
 * or at once. On an endpoint the harness does not own, every scenario shares one namespace, and takes its turn.
 *
 * @param id          a name for reports and messages; never a secret
 * @param credentials what the scenario's clients sign their requests with
 * @param created     the tables and backups the scenario's clients made, recorded by every client of the namespace
 */
public record Namespace(String id, AwsCredentialsProvider credentials, CreatedResources created) {

    /** A namespace of its own on a DynamoDB Local: dummy credentials whose access key id is the namespace. */
    public static Namespace isolated(String id) {
        if (!id.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("A DynamoDB Local namespace is letters and digits only: " + id);
        }
        return new Namespace(id, StaticCredentialsProvider.create(AwsBasicCredentials.create(id, "kata")), new CreatedResources());
    }

    /**
     * The one place all scenarios share on an endpoint the harness does not own, signed with the given credentials
     * (the SDK's default provider chain). They are never printed: {@link #toString()} names the namespace alone.
     */
    public static Namespace shared(String id, AwsCredentialsProvider credentials) {
        return new Namespace(id, credentials, new CreatedResources());
    }

    @Override
    public String toString() {
        return id;
    }
}
