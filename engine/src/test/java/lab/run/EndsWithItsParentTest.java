package lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A JVM that watches its parent (watch mode's, serve's) ends when its parent is killed, as Maven is by an IDE's stop
 * button: here a parent JVM starts such a child, says its pid, and is killed.
 */
class EndsWithItsParentTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASSPATH = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    /** Watches its parent, then waits as watch mode and serve do. */
    public static final class Child {
        public static void main(String[] args) throws InterruptedException {
            EndsWithItsParent.watchParent();
            System.out.println("watching");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Starts a child and says its pid, then waits to be killed. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            Process child = new ProcessBuilder(JAVA, "-cp", CLASSPATH, Child.class.getName()).inheritIO().start();
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aChildThatWatchesItsParentEndsWhenTheParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder(JAVA, "-cp", CLASSPATH, Parent.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long childPid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            // The parent's line and the child's share one console: either may come first.
            String first = out.readLine().strip();
            String second = out.readLine().strip();
            boolean pidFirst = first.chars().allMatch(Character::isDigit);
            childPid = Long.parseLong(pidFirst ? first : second);
            assertThat(pidFirst ? second : first).as("what the child says once it watches its parent").isEqualTo("watching");
            Optional<ProcessHandle> child = ProcessHandle.of(childPid);
            assertThat(child).as("the child, running").isPresent();
            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(ProcessEnd.within(child.get(), Duration.ofSeconds(15))).as("the child ended within 15 s of its parent's kill")
                    .isTrue();
        } finally {
            ProcessHandle.of(parent.pid()).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
