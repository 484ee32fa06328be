package lab.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ARNs as the service writes them: DynamoDB Local names its tables {@code arn:aws:dynamodb:ddblocal:000000000000:...},
 * and the lab endpoint tells each client its own region there instead ({@code arn:aws:dynamodb:us-east-1:...}), and
 * takes such ARNs back in any region of the lab's account. Only the table-level operations carry ARNs, so item
 * operations, whose answers can be large, are never read for them.
 */
final class ArnsOnTheWire {

    /** The account of every ARN in the lab, DynamoDB Local's. */
    static final String ACCOUNT = "000000000000";
    private static final String PREFIX = "arn:aws:dynamodb:";
    private static final String LOCAL = PREFIX + "ddblocal:" + ACCOUNT + ":";
    private static final Pattern ANY_REGION = Pattern.compile(Pattern.quote(PREFIX) + "[a-z0-9-]+:" + ACCOUNT + ":");
    private static final Pattern CREDENTIAL_REGION = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");

    private ArnsOnTheWire() {
    }

    /** Whether the operation's requests and answers may carry ARNs: everything but the item operations. */
    static boolean carried(String operation) {
        return !ItemRequests.ITEM_OPERATIONS.contains(operation);
    }

    /** The region a request was signed for (its credential scope), or {@code fallback}. */
    static String region(String authorization, String fallback) {
        Matcher region = CREDENTIAL_REGION.matcher(authorization == null ? "" : authorization);
        return region.find() ? region.group(1) : fallback;
    }

    /** A request's body with the lab's ARNs, of any region, as the backend names them. */
    static byte[] toBackend(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(PREFIX)) {
            return body;
        }
        return ANY_REGION.matcher(text).replaceAll(Matcher.quoteReplacement(LOCAL)).getBytes(StandardCharsets.UTF_8);
    }

    /** An answer's body with the backend's ARNs in the client's {@code region}; the same bytes where there are none. */
    static byte[] toClient(byte[] body, String region) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(LOCAL)) {
            return body;
        }
        return text.replace(LOCAL, PREFIX + region + ":" + ACCOUNT + ":").getBytes(StandardCharsets.UTF_8);
    }
}
