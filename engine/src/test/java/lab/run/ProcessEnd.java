package lab.run;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** What the tests that kill a process's parent wait for: the process's own end. */
public final class ProcessEnd {

    private ProcessEnd() {
    }

    /** Whether {@code process} has ended, or ends within {@code limit}. */
    public static boolean within(ProcessHandle process, Duration limit) throws InterruptedException, ExecutionException {
        return process.onExit().completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS).get() != null
                || !process.isAlive();
    }
}
