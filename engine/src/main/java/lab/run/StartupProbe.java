package lab.run;

import java.util.Locale;

import lab.backend.Capabilities;
import lab.backend.Capability;

/**
 * Measures how long a backend takes to start: {@code java … lab.run.StartupProbe [embedded|container]} prints one
 * line, {@code <backend> start_ms=<n>} and what it was found to support ({@code backups=yes|no|emulated …}).
 * A main of its own because DynamoDB Local leaves non-daemon threads behind:
 * it exits explicitly once the backend is closed.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "embedded";
        RunSettings defaults = RunSettings.fromSystemProperties();
        RunSettings settings = new RunSettings(defaults.backend().named(name), defaults.learners(), defaults.tablePictures());
        int status = 0;
        try {
            long start = System.nanoTime();
            Capabilities capabilities = LabRun.current(settings).capabilities();
            long millis = (System.nanoTime() - start) / 1_000_000;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s start_ms=%d", name, millis));
            for (Capability capability : Capability.values()) {
                line.append(' ').append(capability.tag()).append('=').append(capabilities.emulated(capability) ? "emulated" : capabilities.has(capability) ? "yes" : "no");
            }
            System.out.println(line);
        } catch (RuntimeException failed) {
            System.out.println(name + " unavailable: " + failed.getMessage());
            status = 2;
        } finally {
            LabRun.stop();
        }
        System.exit(status);
    }
}
