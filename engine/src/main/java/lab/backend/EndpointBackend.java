package lab.backend;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Anything that speaks the DynamoDB API at a URL the user gives: real AWS DynamoDB, ScyllaDB Alternator, LocalStack,
 * a DynamoDB Local the user runs. The harness starts and stops nothing here.
 * <ul>
 * <li>With {@code -Dkata.namespace=PREFIX} the endpoint is a DynamoDB Local (without {@code -sharedDb}) that the caller
 * owns: each scenario gets the access key id {@code PREFIX} and a counter, a database of its own, as on the embedded
 * backend, and scenarios may run at once.</li>
 * <li>Without it the endpoint is shared with tables the lab did not make: requests are signed with the SDK's default
 * credentials, and scenarios take turns and clean up after themselves (see {@link ScenarioTurns}).</li>
 * </ul>
 */
public final class EndpointBackend implements Backend {

    public static final String ENDPOINT = "kata.endpoint";
    public static final String REGION = "kata.region";
    public static final String NAMESPACE = "kata.namespace";

    /** The region in an AWS endpoint's host name, as in {@code dynamodb.eu-west-1.amazonaws.com}. */
    private static final Pattern AWS_HOST = Pattern.compile("dynamodb(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?");

    private final URI endpoint;
    private final Region region;
    private final String namespacePrefix;
    private final AtomicInteger namespaces = new AtomicInteger();
    /** The SDK's default provider chain, resolved once for the run; only on a shared endpoint. */
    private final DefaultCredentialsProvider credentials;

    private EndpointBackend(URI endpoint, Region region, String namespacePrefix) {
        this.endpoint = endpoint;
        this.region = region;
        this.namespacePrefix = namespacePrefix;
        this.credentials = namespacePrefix == null ? DefaultCredentialsProvider.builder().build() : null;
    }

    /** The endpoint these settings name; a missing or malformed setting is one line that says what to give. */
    static EndpointBackend of(String url, String regionName, String namespacePrefix) {
        URI endpoint = endpoint(url);
        String prefix = blankToNull(namespacePrefix);
        if (prefix != null && !prefix.matches("[A-Za-z0-9]{1,40}")) {
            throw new KataConfigurationException("-D" + NAMESPACE + "='" + prefix + "' is not a namespace prefix: use 1 to 40"
                    + " letters and digits (it becomes the access key id of each scenario's database on a DynamoDB Local).");
        }
        return new EndpointBackend(endpoint, region(endpoint, blankToNull(regionName)), prefix);
    }

    private static URI endpoint(String url) {
        if (blankToNull(url) == null) {
            throw new KataConfigurationException("-D" + Backends.PROPERTY + "=endpoint needs -D" + ENDPOINT
                    + "=URL, e.g. http://localhost:8000 or https://dynamodb.eu-west-1.amazonaws.com");
        }
        URI endpoint;
        try {
            endpoint = URI.create(url.trim());
        } catch (IllegalArgumentException malformed) {
            endpoint = null;
        }
        if (endpoint == null || endpoint.getHost() == null || endpoint.getScheme() == null
                || !endpoint.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
            throw new KataConfigurationException("-D" + ENDPOINT + "='" + url.trim() + "' is not an http(s) URL with a host:"
                    + " give one like http://localhost:8000 or https://dynamodb.eu-west-1.amazonaws.com");
        }
        return endpoint;
    }

    /** The region given, else the one an AWS host name carries, else us-east-1 (which endpoints other than AWS ignore). */
    private static Region region(URI endpoint, String regionName) {
        if (regionName != null) {
            if (!regionName.matches("[a-z0-9-]+")) {
                throw new KataConfigurationException("-D" + REGION + "='" + regionName
                        + "' is not a region name: give one like eu-west-1");
            }
            return Region.of(regionName);
        }
        Matcher aws = AWS_HOST.matcher(endpoint.getHost().toLowerCase(Locale.ROOT));
        return aws.matches() ? Region.of(aws.group(1)) : Region.US_EAST_1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String name() {
        return "endpoint";
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public boolean isolatesScenarios() {
        return namespacePrefix != null;
    }

    @Override
    public Namespace newNamespace() {
        if (namespacePrefix != null) {
            return Namespace.isolated(namespacePrefix + String.format("%05d", namespaces.incrementAndGet()));
        }
        return Namespace.shared("endpoint", credentials);
    }

    /** Nothing was started here: the endpoint and its tables belong to whoever runs it. */
    @Override
    public void close() {
        if (credentials != null) {
            credentials.close();
        }
    }
}
