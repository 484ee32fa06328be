package lab.grading;

/** How far a submission's JVM is kept from the grader, the facilitator's files and the other submissions. */
public enum Isolation {
    /** bubblewrap: its own mount, PID, IPC and UTS namespaces, seeing only the JDK, its classes and its folder. */
    BUBBLEWRAP("bubblewrap"),
    /**
     * A container of a small JDK image (Docker, Docker Desktop, Podman): no network, its own namespaces, a read-only
     * root, seeing only its classes, its folder and what the judge reads.
     */
    CONTAINER("container"),
    /** A user id of its own (the grader being root): the file permissions and signals of an unprivileged user. */
    SEPARATE_USER("separate-user"),
    /** The grader's own user, with nothing between them but an empty environment and the limits. */
    NONE("none");

    private final String label;

    Isolation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
