package lab.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ARNs as the service writes them: DynamoDB Local names its tables {@code arn:aws:dynamodb:ddblocal:000000000000:...},
 * and the lab endpoint tells each client its own region there instead ({@code arn:aws:dynamodb:us-east-1:...}), and
 * takes the ARNs of the client's region back as the backend's. An ARN of another region is handed on as it is, for an
 * emulation to find in that region (a restore into another region names its source so), or for the backend to find
 * nothing by; where regions are one store, ARNs of every region are the backend's. Only the table-level operations
 * carry ARNs, so item operations, whose answers can be large, are never read for them.
 */
final class ArnsOnTheWire {

    /** The account of every ARN in the lab, DynamoDB Local's. */
    static final String ACCOUNT = "000000000000";
    private static final String PREFIX = "arn:aws:dynamodb:";
    /** The region DynamoDB Local writes in its ARNs. */
    private static final String BACKEND_REGION = "ddblocal";
    private static final String LOCAL = PREFIX + BACKEND_REGION + ":" + ACCOUNT + ":";
    private static final Pattern ANY_REGION = Pattern.compile(Pattern.quote(PREFIX) + "[a-z0-9-]+:" + ACCOUNT + ":");
    private static final Pattern CREDENTIAL_REGION = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");
    private static final Pattern TABLE_ARN = Pattern.compile(Pattern.quote(PREFIX) + "([a-z0-9-]+):" + ACCOUNT
            + ":table/([A-Za-z0-9_.-]+)(?:/.*)?");

    /** A table an ARN names: in the region it names, or in the region of the request ({@code null}) for the backend's. */
    record NamedTable(String region, String table) {
    }

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

    /**
     * A request's body with the lab's ARNs of {@code region} as the backend names them; of any region where
     * {@code region} is null (regions are one store).
     */
    static byte[] toBackend(byte[] body, String region) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(PREFIX)) {
            return body;
        }
        if (region != null) {
            return text.replace(PREFIX + region + ":" + ACCOUNT + ":", LOCAL).getBytes(StandardCharsets.UTF_8);
        }
        return ANY_REGION.matcher(text).replaceAll(Matcher.quoteReplacement(LOCAL)).getBytes(StandardCharsets.UTF_8);
    }

    /** The table a table's ARN (or an ARN under it, a backup's) of the lab's account names; empty for anything else. */
    static java.util.Optional<NamedTable> tableOf(String arn) {
        Matcher named = TABLE_ARN.matcher(arn == null ? "" : arn);
        if (!named.matches()) {
            return java.util.Optional.empty();
        }
        String region = named.group(1);
        return java.util.Optional.of(new NamedTable(region.equals(BACKEND_REGION) ? null : region, named.group(2)));
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
