package lab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The start of a bubblewrap ({@code bwrap}) command line that both of the lab's sandboxes share, the grader's judge and
 * a learner JVM: new namespaces for everything, an empty environment, {@code /usr} read-only with the usual links to
 * it, a fresh {@code /proc}, {@code /dev} and {@code /tmp}, and the few files of {@code /etc} a JVM reads. Each adds
 * what it shows besides, and its command after {@code --}.
 */
public final class Bubblewrap {

    /** How long a probe may take before it counts as failed. */
    private static final long PROBE_SECONDS = 20;
    /** What a JVM reads of /etc: the JDK's own settings, the loader's cache, the time zone. */
    private static final List<String> ETC_OF_A_JVM = List.of("/etc/java-17-openjdk", "/etc/java-21-openjdk",
            "/etc/java-25-openjdk", "/etc/ld.so.cache", "/etc/localtime");
    /** What a JVM that shares the network also reads of /etc: name resolution. */
    private static final List<String> ETC_OF_THE_NETWORK = List.of("/etc/hosts", "/etc/nsswitch.conf");

    private Bubblewrap() {
    }

    /**
     * {@code bwrap} and its options up to the binds of one sandbox.
     *
     * @param network  whether the sandbox keeps the network (the judge does; a learner JVM does not)
     * @param tmpBytes the size of its {@code /tmp}; empty for bubblewrap's default
     */
    public static List<String> base(boolean network, Optional<Long> tmpBytes) {
        List<String> line = new ArrayList<>(List.of("bwrap", "--unshare-all"));
        if (network) {
            line.add("--share-net");
        }
        line.addAll(List.of("--die-with-parent", "--new-session", "--clearenv",
                "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                "--symlink", "usr/bin", "/bin", "--proc", "/proc", "--dev", "/dev"));
        tmpBytes.ifPresent(bytes -> line.addAll(List.of("--size", Long.toString(bytes))));
        line.addAll(List.of("--tmpfs", "/tmp"));
        List<String> etc = new ArrayList<>(ETC_OF_A_JVM);
        if (network) {
            etc.addAll(ETC_OF_THE_NETWORK);
        }
        for (String file : etc) {
            line.addAll(List.of("--ro-bind-try", file, file));
        }
        return line;
    }

    /**
     * Runs a command line to its end, its input closed: empty when it exited with 0, else why not, in a few words
     * (the first line it said, or its status).
     */
    public static Optional<String> whyItFails(List<String> commandLine) {
        try {
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of(commandLine.get(0) + " did not finish in " + PROBE_SECONDS + " s");
            }
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of(said.lines().findFirst().orElse("exit status " + process.exitValue()));
        } catch (IOException e) {
            return Optional.of(commandLine.get(0) + " could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
