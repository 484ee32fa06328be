package lab.backend;

import java.security.SecureRandom;

/**
 * Random names nobody can guess: a namespace's tail, an access key id, a request id. A name that can be guessed is a
 * door: code that reaches the DynamoDB Local behind the lab endpoint could open another scenario's database with it.
 */
public final class Unguessable {

    private static final String LOWER_CASE = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Unguessable() {
    }

    /** {@code length} random small letters and digits. */
    public static String lowerCase(int length) {
        return of(LOWER_CASE, length);
    }

    /** {@code length} random capitals and digits. */
    public static String capitals(int length) {
        return of(CAPITALS, length);
    }

    private static String of(String alphabet, int length) {
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return name.toString();
    }
}
