package lab.learner.agent;

/**
 * The frames the harness and a learner JVM exchange over the JVM's standard input and output: the harness sends
 * {@link #CALL}s, one at a time; the learner JVM says {@link #READY} once it is warm, then answers each call.
 */
public final class Protocol {

    /** Learner JVM to harness, once: warm, and waiting for calls. */
    public static final byte READY = 1;
    /**
     * Harness to learner JVM: the learner's classes (a directory), the client's endpoint, region, access key id and
     * secret key, the {@link LearnerMethod}'s name, the number of arguments and each argument ({@link Wire}).
     */
    public static final byte CALL = 2;
    /** The method returned: its answer ({@link Wire}), then the threads it left running. */
    public static final byte RETURNED = 3;
    /** The method threw: what it threw ({@link ThrownFacts}), then the threads it left running. */
    public static final byte THREW = 4;
    /** The method ran out of memory: its message; the learner JVM ends. */
    public static final byte OUT_OF_MEMORY = 5;
    /** The learner's code called System.exit: where (its first frame in the learner's code, or empty); the JVM ends. */
    public static final byte EXITING = 6;

    /**
     * How a call names an endpoint the learner JVM reaches through a socket file (when it has no network of its own):
     * {@code unix:/path/to/endpoint.sock}; any other endpoint is an HTTP URL.
     */
    public static final String SOCKET_ENDPOINT = "unix:";

    private Protocol() {
    }
}
