package lab.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import lab.run.EndsWithItsParent;
import lab.run.LabRun;
import lab.run.RunSettings;
import lab.backend.KataConfigurationException;
import lab.report.BoardStyle;
import lab.selection.ExerciseSelection;
import lab.learner.CallLimit;

/**
 * {@code mvn -q -Pwatch}: starts the backend once, then reruns the exercise in progress on every save of
 * {@code src/main/java} and redraws the board, until Ctrl-C. {@code -Dkata.exercise=03} pins the exercises rerun.
 */
public final class WatchCommand {

    private WatchCommand() {
    }

    public static void main(String[] args) {
        EndsWithItsParent.watchParent();
        PrintStream out = System.out;
        int status = 0;
        try {
            status = watch(Path.of("").toAbsolutePath(), out);
        } catch (KataConfigurationException refused) {
            System.err.println(refused.getMessage());
            status = 2;
        }
        // DynamoDB Local leaves non-daemon threads behind: this JVM ends here, explicitly.
        System.exit(status);
    }

    private static int watch(Path root, PrintStream out) {
        Watcher.Settings settings = new Watcher.Settings(root, root.resolve("src/main/java"),
                root.resolve("target/watch"), ExerciseSelection.configured(), Optional.of(root.resolve("target/kata")),
                runSettings());
        CallLimit.configured();
        out.println("Starting DynamoDB Local for watch mode...");
        LabRun backend = LabRun.current(settings.run());
        out.println("The " + backend.backend().name() + " backend is up (" + backend.startMillis() + " ms).");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LabRun.stop();
            out.println();
            out.println("Watch mode stopped.");
            out.flush();
        }, "watch-mode-stop"));
        try (Watcher watcher = new Watcher(settings, out, BoardStyle.detect())) {
            watcher.watch();
            return 0;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException e) {
            out.println("Watch mode could not close cleanly: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The run's settings, from the system properties; but the board is the watcher's picture, so the per-scenario table
     * pictures (for the suite's index.html) are left out unless {@code -Dkata.snapshots} asks for them.
     */
    static RunSettings runSettings() {
        return RunSettings.fromSystemProperties(false);
    }
}
