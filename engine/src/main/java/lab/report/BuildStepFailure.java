package lab.report;

/** Why a step the build runs in Maven's own JVM (the exercise-choice check, the final board) fails the build: one line, no stack trace. */
public final class BuildStepFailure extends RuntimeException {

    /** The status the build ends with when a step fails it. */
    static final int STATUS = 1;

    public BuildStepFailure(String message) {
        super(message);
    }

    /**
     * Runs a build step, and ends the build with its one line when it fails: Maven's JVM exits there, so that the line
     * is the last thing the learner reads, not Maven's seven lines of {@code [ERROR] ... [Help 1]} and its advice to
     * resume the build.
     */
    static void endTheBuildIfItFails(Step step) throws java.io.IOException {
        try {
            step.run();
        } catch (BuildStepFailure failed) {
            System.out.println(failed.getMessage());
            System.out.flush();
            System.exit(STATUS);
        }
    }

    /** A step of the build, run in Maven's JVM. */
    @FunctionalInterface
    interface Step {
        void run() throws java.io.IOException;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
