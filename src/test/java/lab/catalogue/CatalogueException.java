package lab.catalogue;

/** The exercise catalogue cannot be read: the message is one line naming the file, and the line or exercise at fault. */
public class CatalogueException extends RuntimeException {

    public CatalogueException(String message) {
        super(message);
    }
}
