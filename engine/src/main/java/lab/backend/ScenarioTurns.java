package lab.backend;

import java.util.concurrent.Semaphore;

/**
 * On an endpoint the harness does not own, every scenario works in the same place, so scenarios take turns: one at a
 * time, in the order they asked. The suite still starts them in parallel; each waits here for its turn.
 */
public final class ScenarioTurns {

    private static final Semaphore TURN = new Semaphore(1, true);

    private ScenarioTurns() {
    }

    public static void take() {
        TURN.acquireUninterruptibly();
    }

    public static void end() {
        TURN.release();
    }
}
