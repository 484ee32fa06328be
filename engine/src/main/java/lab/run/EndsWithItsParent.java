package lab.run;

import java.util.Optional;

/**
 * A JVM that Maven started for a long-lived command (watch mode, serve) ends when the process that started it ends,
 * however that ends: Ctrl-C reaches both, but an IDE's stop button or a {@code kill} of Maven reaches Maven alone,
 * which would leave this JVM serving on its port, with its learner JVMs, for nobody.
 */
public final class EndsWithItsParent {

    /** The status this JVM ends with when its parent is gone: 143, as a SIGTERM would end it. */
    public static final int STATUS = 143;

    private EndsWithItsParent() {
    }

    /**
     * From now on, this JVM exits (running its shutdown hooks, which stop the lab) as soon as its parent process has
     * ended. Nothing happens where the parent cannot be known.
     */
    public static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        parent.ifPresent(process -> process.onExit().thenRun(() -> {
            System.err.println("The process that started this one ended: stopping.");
            System.exit(STATUS);
        }));
    }
}
