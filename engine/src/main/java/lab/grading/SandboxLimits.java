package lab.grading;

/**
 * What a sandboxed JVM may use beyond its heap ({@code -Xmx}, in its options) and its wall time (the caller's).
 *
 * @param processes     processes and threads of its user id ({@code RLIMIT_NPROC}); of the grader's own user, when
 *                      the sandbox has no user id of its own, this many more than it has (see
 *                      {@link Sandbox#forItsUser}); nothing at all for root
 * @param fileBytes     the largest file it may write ({@code RLIMIT_FSIZE})
 * @param folderBytes   what its writable folder may hold in all, which the caller watches
 * @param tmpBytes      the size of its private {@code /tmp} (bubblewrap only)
 */
public record SandboxLimits(int processes, long fileBytes, long folderBytes, long tmpBytes) {

    private static final long MB = 1024L * 1024;

    /** Enough for the lab's run, its JVM and the SDK's threads, and a report; far too little for a bomb. */
    public static final SandboxLimits SUBMISSION = new SandboxLimits(1024, 64 * MB, 256 * MB, 64 * MB);
    /** What a judge keeps of its processes for itself, whatever its learner JVMs start: its threads and next JVMs. */
    private static final int JUDGE_OWN_PROCESSES = 256;

    /**
     * The processes and threads a judge's learner JVMs may have, all of them with the judge's own counted (they share
     * its user id under bubblewrap and without isolation; in a container they have one of their own, and the
     * container's limit is the judge's): a learner's thread bomb ends there, and the judge can still run, report and
     * start the next learner JVM.
     */
    public int learnerProcesses() {
        return processes - Math.min(JUDGE_OWN_PROCESSES, processes / 2);
    }

    /** These limits, with {@code already} more processes: those its user id had before it started, where it shares one. */
    public SandboxLimits withProcessesAbove(int already) {
        return new SandboxLimits(processes + already, fileBytes, folderBytes, tmpBytes);
    }
}
