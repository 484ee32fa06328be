package lab.catalogue;

import java.util.Optional;

/** The exercise catalogue cannot be read: the message is one line naming the file, and the line or exercise at fault. */
public class CatalogueException extends RuntimeException {

    public CatalogueException(String message) {
        super(message);
    }

    /**
     * The catalogue's refusal behind a failure, if it is one: reading the catalogue is how {@link Catalogue} starts,
     * so its refusal usually arrives wrapped in the {@link ExceptionInInitializerError} of the first class to use it.
     */
    public static Optional<CatalogueException> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CatalogueException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** One line is the whole point: no stack trace follows it. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
