package lab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The processes and threads of this JVM's user, which a limit of the grader's own user must leave room above. */
class ProcessLimitsTest {

    @Test
    void theUsersProcessesCountEveryThreadOfThisJvmAndGrowWithIt() throws InterruptedException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Skipped: no /proc on this system");
        int before = ProcessLimits.ofThisUser();
        assertThat(before).as("processes and threads of this user, this JVM's %s threads among them",
                Thread.activeCount()).isGreaterThanOrEqualTo(Thread.activeCount());
        CountDownLatch done = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Thread waiting = new Thread(() -> {
                    try {
                        done.await();
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                });
                waiting.start();
                started.add(waiting);
            }
            assertThat(ProcessLimits.ofThisUser()).as("processes and threads of this user after 40 more threads, from %s",
                    before).isGreaterThanOrEqualTo(before + 30);
        } finally {
            done.countDown();
            for (Thread thread : started) {
                thread.join();
            }
        }
    }

    @Test
    void theLimitsAreTheStartOfTheirCommandLines() {
        assertThat(ProcessLimits.asUser(1234)).as("the start of a command line run as user 1234")
                .containsExactly("setpriv", "--reuid=1234", "--regid=1234", "--clear-groups", "--no-new-privs", "--");
        assertThat(ProcessLimits.processes(768)).as("the start of a command line with 768 processes")
                .containsExactly("prlimit", "--nproc=768", "--");
    }
}
