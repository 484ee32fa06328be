package lab.grading;

/**
 * What a sandboxed JVM may use beyond its heap ({@code -Xmx}, in its options) and its wall time (the caller's).
 *
 * @param processes     processes and threads of its user id ({@code RLIMIT_NPROC}); the grader's own user, when
 *                      the sandbox has no user id of its own, and nothing at all for root
 * @param fileBytes     the largest file it may write ({@code RLIMIT_FSIZE})
 * @param folderBytes   what its writable folder may hold in all, which the caller watches
 * @param tmpBytes      the size of its private {@code /tmp} (bubblewrap only)
 */
public record SandboxLimits(int processes, long fileBytes, long folderBytes, long tmpBytes) {

    private static final long MB = 1024L * 1024;

    /** Enough for the lab's run, its JVM and the SDK's threads, and a report; far too little for a bomb. */
    public static final SandboxLimits SUBMISSION = new SandboxLimits(1024, 64 * MB, 256 * MB, 64 * MB);
}
