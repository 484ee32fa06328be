package lab.backend;

import java.util.Locale;

/**
 * Measures how long a backend takes to start: {@code java … lab.backend.StartupProbe [embedded|container]} prints one
 * line, {@code <backend> start_ms=<n>} and what it was found to support ({@code backups=yes|no …}).
 * A main of its own because DynamoDB Local leaves non-daemon threads behind:
 * it exits explicitly once the backend is closed.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "embedded";
        System.setProperty(Backends.PROPERTY, name);
        int status = 0;
        try {
            long start = System.nanoTime();
            Capabilities capabilities = Backends.current().capabilities();
            long millis = (System.nanoTime() - start) / 1_000_000;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s start_ms=%d", name, millis));
            for (Capability capability : Capability.values()) {
                line.append(' ').append(capability.tag()).append('=').append(capabilities.has(capability) ? "yes" : "no");
            }
            System.out.println(line);
        } catch (RuntimeException failed) {
            System.out.println(name + " unavailable: " + failed.getMessage());
            status = 2;
        } finally {
            Backends.stop();
        }
        System.exit(status);
    }
}
