package lab.learner;

/** Throws what the learner's code threw as it is, checked or not, so that the lab tells it by its own class. */
final class Rethrow {

    private Rethrow() {
    }

    static RuntimeException asItIs(Throwable thrown) {
        throw Rethrow.<RuntimeException>unchecked(thrown);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable thrown) throws T {
        throw (T) thrown;
    }
}
