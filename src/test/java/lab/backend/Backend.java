package lab.backend;

import java.net.URI;

import software.amazon.awssdk.regions.Region;

/**
 * Something that speaks the DynamoDB API and that the lab's scenarios run against.
 * One backend serves a whole test run; every scenario gets a {@link Namespace} of its own on it.
 */
public interface Backend extends AutoCloseable {

    /** The name a user chooses it by, with {@code -Dkata.backend=}. */
    String name();

    URI endpoint();

    Region region();

    /** A fresh, isolated place for one scenario's tables. */
    Namespace newNamespace();

    /** Stops what this backend started; a backend that started nothing does nothing. */
    @Override
    void close();
}
