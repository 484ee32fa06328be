package lab.endpoint;

import java.security.SecureRandom;

/** Request ids for the answers the lab makes itself, shaped like the service's: 52 capitals and digits. */
final class RequestIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    static String next() {
        return random(52);
    }

    /** {@code length} random capitals and digits. */
    static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
