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

    /** A fresh place for one scenario's tables: a database of its own where {@link #isolatesScenarios()}. */
    Namespace newNamespace();

    /**
     * Whether every namespace is a database of its own, so that scenarios cannot see each other's tables and may run
     * at once. An endpoint the harness does not own is shared: there scenarios run one at a time and clean up after
     * themselves.
     */
    default boolean isolatesScenarios() {
        return true;
    }

    /** Stops what this backend started; a backend that started nothing does nothing. */
    @Override
    void close();
}
