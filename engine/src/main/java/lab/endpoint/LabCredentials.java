package lab.endpoint;

/**
 * What a client signs its requests to the lab endpoint with. The access key id is random and unguessable, and names
 * one scenario's namespace to the endpoint alone: knowing how the lab works gives no way to reach another's tables.
 * The secret is a placeholder: the endpoint knows callers by their access key id.
 */
public record LabCredentials(String accessKeyId, String secretAccessKey) {

    /** Fresh credentials: {@code LAB} and 17 random capitals and digits, like an access key id's 20 characters. */
    static LabCredentials fresh() {
        return new LabCredentials("LAB" + RequestIds.random(17), RequestIds.random(40));
    }

    @Override
    public String toString() {
        return accessKeyId;
    }
}
