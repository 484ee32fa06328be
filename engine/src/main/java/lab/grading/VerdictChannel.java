package lab.grading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the judge in a submission's JVM tells the grader each scenario's verdict: one console line per verdict, marked
 * and signed with a key the grader makes for that run alone and hands over on the JVM's standard input (never its
 * command line, environment or files), read before any learner class is loaded. The grader takes a verdict only
 * from a line whose signature and sequence number hold, so a learner who rewrites files, or prints lines that look
 * like verdicts, changes nothing. What this cannot stop is code in the same JVM that digs the key out of the
 * judge's memory: that waits for the learner's code to run in a JVM of its own.
 */
final class VerdictChannel {

    /** What starts a verdict line, wherever it is in a console line (a learner's unfinished print may precede it). */
    static final String MARK = "\u0001kata-verdict ";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private VerdictChannel() {
    }

    /** A fresh key for one run, as the line the grader writes to the JVM's standard input. */
    static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static Mac mac(String key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key.trim()), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a verdict key: " + e.getMessage(), e);
        }
    }

    private static String signature(Mac mac, long sequence, String payload) {
        byte[] signed = mac.doFinal((sequence + " " + payload).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** The judge's end: signs each verdict with the next sequence number. */
    static final class Signer {
        private final Mac mac;
        private long sequence;

        Signer(String key) {
            this.mac = mac(key);
        }

        synchronized String line(String payload) {
            long number = sequence++;
            return "\n" + MARK + number + " " + signature(mac, number, payload) + " " + payload + "\n";
        }
    }

    /** The grader's end: the payload of each genuine verdict, in order; anything else is not a verdict. */
    static final class Verifier {
        private final Mac mac;
        private long expected;

        Verifier(String key) {
            this.mac = mac(key);
        }

        synchronized Optional<String> payload(String consoleLine) {
            int mark = consoleLine.lastIndexOf(MARK);
            if (mark < 0) {
                return Optional.empty();
            }
            String[] parts = consoleLine.substring(mark + MARK.length()).split(" ", 3);
            if (parts.length < 3 || !parts[0].equals(Long.toString(expected))) {
                return Optional.empty();
            }
            byte[] claimed = parts[1].getBytes(StandardCharsets.UTF_8);
            byte[] genuine = signature(mac, expected, parts[2]).getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(claimed, genuine)) {
                return Optional.empty();
            }
            expected++;
            return Optional.of(parts[2]);
        }
    }
}
