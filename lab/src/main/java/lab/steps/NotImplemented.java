package lab.steps;

/** The learner's method is still the stub: the scenario fails here, naming the method and its exercise. */
public class NotImplemented extends LabFailure {

    /** {@code stub}: the stub's UnsupportedOperationException, thrown here or in a learner JVM. */
    public NotImplemented(Throwable stub) {
        super("Not implemented yet: " + stub.getMessage(), stub);
    }
}
