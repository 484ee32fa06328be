package lab.learner;

import java.net.URI;

/**
 * All a learner JVM needs to build the client it hands the learner's code: where the store is, its region, and the
 * credentials to sign with. {@link #toString()} never shows the secret key.
 */
public record LearnerClientValues(URI endpoint, String region, String accessKeyId, String secretKey) {

    @Override
    public String toString() {
        return endpoint + " (" + region + ", " + accessKeyId + ")";
    }
}
