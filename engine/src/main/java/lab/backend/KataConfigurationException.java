package lab.backend;

/** A setting the user gave that cannot work; its message is one line that says what to do instead. */
public class KataConfigurationException extends RuntimeException {

    public KataConfigurationException(String message) {
        super(message);
    }

    /** One line is the whole point: no stack trace follows it. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
