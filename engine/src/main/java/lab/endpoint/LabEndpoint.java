package lab.endpoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.backend.Backend;
import lab.backend.Namespace;
import lab.client.Call;
import lab.cloudwatch.CloudWatchApi;
import lab.cloudwatch.CloudWatchError;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The lab endpoint: an HTTP server on a free loopback port, in front of whichever backend runs, that every client of
 * the lab talks to (the learner's SDK client, the harness's, the AWS CLI, boto3, NoSQL Workbench). It knows a caller
 * by the access key id it signs with, which names one scenario's {@link LabNamespace}; it passes each request on to
 * the backend, re-signed for that scenario's backend namespace, and on the way
 * <ul>
 *   <li>records every call the learner's code makes, with the capacity it consumed (asked for on the learner's
 *       behalf, and taken out of the answer again);</li>
 *   <li>injects the scenario's faults into the learner's calls: throttling the SDK retries, batch writes handed back;</li>
 *   <li>lets its {@link Emulation}s answer what the backend lacks (backups, point-in-time recovery) and keep the
 *       service's rules the backend does not (the limit on capacity-mode switches), for every caller alike.</li>
 * </ul>
 * An answer whose body it changed carries a correct {@code x-amz-crc32}, so that it stays valid for any client.
 */
public final class LabEndpoint implements AutoCloseable {

    /** The access key id in a Signature Version 4 {@code Authorization} header. */
    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final Pattern ATTEMPT = Pattern.compile("attempt=(\\d+)(?:;\\s*max=(\\d+))?");
    private static final String THROTTLED = "The level of configured provisioned throughput for the table was exceeded."
            + " Consider increasing your provisioning level with the UpdateTable API.";
    /** The service's text for its own failure, HTTP 500 (the API reference's InternalServerError). */
    private static final String INTERNAL_ERROR = "The server encountered an internal error trying to fulfill the request.";

    private record Caller(LabNamespace namespace, WireRequest.Caller who) {
    }

    private final Backend backend;
    private final BackendForwarder forwarder;
    private final List<Emulation> emulations;
    private LoopbackServer server;
    private final List<Path> socketFiles = new java.util.ArrayList<>();
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    /** Where a caller whose access key id the endpoint does not know goes: nowhere, except while it serves one table. */
    private volatile Caller anyOtherCaller;

    private LabEndpoint(Backend backend, List<Emulation> emulations) {
        this.backend = backend;
        this.forwarder = new BackendForwarder(backend);
        this.emulations = List.copyOf(emulations);
    }

    /** Starts an endpoint in front of {@code backend}, on a free loopback port. */
    public static LabEndpoint start(Backend backend, List<Emulation> emulations) {
        LabEndpoint endpoint = new LabEndpoint(backend, emulations);
        try {
            endpoint.server = LoopbackServer.start("lab-endpoint", endpoint::handle);
            return endpoint;
        } catch (IOException cannot) {
            endpoint.forwarder.close();
            throw new IllegalStateException("The lab endpoint could not listen on a loopback port: " + cannot.getMessage(), cannot);
        }
    }

    /** Where clients reach the endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        InetSocketAddress address = server.address();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /**
     * Serves at a Unix domain socket {@code file} too, for a client with no network of its own (a sandboxed learner
     * JVM); asking again for the same file changes nothing.
     */
    public synchronized void alsoListenAt(Path file) {
        if (socketFiles.contains(file)) {
            return;
        }
        try {
            server.listenAt(file);
            socketFiles.add(file);
        } catch (IOException cannot) {
            throw new IllegalStateException("The lab endpoint could not listen at " + file + ": " + cannot.getMessage(), cannot);
        }
    }

    /** The region clients should sign for: the backend's. */
    public String region() {
        return backend.region().id();
    }

    /**
     * A place on the endpoint for one scenario, reaching {@code backendNamespace} on the backend, in the backend's
     * region. Where each namespace is a DynamoDB Local database of its own, a client signing for another region
     * reaches the scenario's store in that region, apart as on the service.
     */
    public LabNamespace open(Namespace backendNamespace, DynamoDbClient backendClient) {
        LabNamespace namespace = LabNamespace.home(backendNamespace, region(), backendClient, forwarder,
                backend.isolatesScenarios());
        callers.put(namespace.learnerCredentials().accessKeyId(), new Caller(namespace, WireRequest.Caller.LEARNER));
        callers.put(namespace.harnessCredentials().accessKeyId(), new Caller(namespace, WireRequest.Caller.HARNESS));
        callers.put(namespace.shopCredentials().accessKeyId(), new Caller(namespace, WireRequest.Caller.SHOP));
        return namespace;
    }

    /**
     * From now on a caller whose access key id the endpoint does not know reaches this namespace, as the learner: for
     * serving one learner's table to tools that sign with credentials of their own (NoSQL Workbench's local
     * connections). Never while scenarios run, whose namespaces only their own credentials reach.
     */
    public void serveEveryCallerAs(LabNamespace namespace) {
        anyOtherCaller = new Caller(namespace, WireRequest.Caller.LEARNER);
    }

    /** The scenario is over: its credentials mean nothing to the endpoint any more. */
    public void close(LabNamespace namespace) {
        callers.remove(namespace.learnerCredentials().accessKeyId());
        callers.remove(namespace.harnessCredentials().accessKeyId());
        callers.remove(namespace.shopCredentials().accessKeyId());
    }

    @Override
    public void close() {
        server.close();
        forwarder.close();
    }

    private LoopbackServer.Answer handle(LoopbackServer.Request exchange) {
        CloudWatchOnTheWire cloudWatch = CloudWatchOnTheWire.of(exchange.path(), exchange.header("X-Amz-Target"),
                exchange.header("Content-Type"), exchange.body());
        if (cloudWatch != null) {
            return cloudWatch(cloudWatch, exchange);
        }
        WireAnswer answer;
        try {
            answer = answer(exchange);
        } catch (ServiceError refused) {
            answer = refused.answer();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            answer = new ServiceError(500, "InternalServerError", "The lab endpoint is stopping").answer();
        } catch (IOException unreachable) {
            answer = new ServiceError(500, "InternalServerError", "The lab endpoint could not reach the "
                    + backend.name() + " backend: " + unreachable.getMessage()).answer();
        } catch (RuntimeException broken) {
            // The lab's own fault, not the backend's and not the caller's: said as what it is, so that it is found.
            answer = new ServiceError(500, "InternalServerError", "The lab endpoint failed on this request ("
                    + broken.getClass().getSimpleName() + ": " + broken.getMessage() + "): a fault of the lab's").answer();
        }
        String target = String.valueOf(exchange.header("X-Amz-Target"));
        if (ArnsOnTheWire.carried(target.substring(target.indexOf('.') + 1))) {
            byte[] told = ArnsOnTheWire.toClient(answer.bytes(), answeringRegion(exchange));
            if (told != answer.bytes()) {
                answer = new WireAnswer(answer.status(), told, answer.requestId());
            }
        }
        return new LoopbackServer.Answer(answer.status(), Map.of("Content-Type", "application/x-amz-json-1.0",
                "x-amzn-RequestId", answer.requestId(), "x-amz-crc32", answer.crc32()), answer.bytes());
    }

    /** A CloudWatch request: the metrics the caller's store published, read as CloudWatch reads them. */
    private LoopbackServer.Answer cloudWatch(CloudWatchOnTheWire protocol, LoopbackServer.Request exchange) {
        try {
            LabNamespace namespace = caller(exchange).namespace();
            Map<String, Object> input = protocol.input(exchange.body());
            CloudWatchApi api = new CloudWatchApi(namespace.metrics(), namespace.clock().now(),
                    namespace.faults().metricPage());
            String operation = protocol.operation(exchange.path(), exchange.header("X-Amz-Target"), input);
            Map<String, Object> answer = api.answer(operation, input);
            if (operation.equals("GetMetricData")) {
                namespace.faults().metricDataAnswered(input.get("NextToken") != null, answer.get("NextToken") != null);
            }
            return protocol.ok(operation, answer);
        } catch (ServiceError unknownCaller) {
            return protocol.refused(CloudWatchError.unrecognizedClient());
        } catch (CloudWatchError refused) {
            return protocol.refused(refused);
        } catch (RuntimeException broken) {
            return protocol.refused(CloudWatchError.internal("The lab endpoint could not answer: " + broken));
        }
    }

    private WireAnswer answer(LoopbackServer.Request exchange) throws IOException, InterruptedException {
        String target = String.valueOf(exchange.header("X-Amz-Target"));
        if (!"POST".equals(exchange.method()) || !target.startsWith(BackendForwarder.TARGET_PREFIX)) {
            throw ServiceError.of("UnknownOperationException", "The lab endpoint speaks the DynamoDB API: POST with "
                    + "X-Amz-Target: " + BackendForwarder.TARGET_PREFIX + "<Operation>");
        }
        Caller caller = caller(exchange);
        LabNamespace namespace = caller.namespace();
        String operation = target.substring(BackendForwarder.TARGET_PREFIX.length());
        byte[] bytes = ArnsOnTheWire.carried(operation)
                ? ArnsOnTheWire.toBackend(exchange.body(), namespace.regionsApart() ? namespace.region() : null)
                : exchange.body();
        if (!JsonDepth.within(bytes, JsonDepth.MOST)) {
            throw ServiceError.of("SerializationException", "The request body nests deeper than " + JsonDepth.MOST + " levels");
        }
        JsonNode parsed = bytes.length == 0 ? WireAnswer.JSON.createObjectNode() : WireAnswer.JSON.readTree(bytes);
        if (!(parsed instanceof ObjectNode body)) {
            throw ServiceError.of("SerializationException", "The request body is not a JSON object");
        }
        String attemptHeader = exchange.header("amz-sdk-request");
        Matcher attempt = ATTEMPT.matcher(attemptHeader == null ? "" : attemptHeader);
        boolean saysAttempt = attempt.find();
        WireRequest request = new WireRequest(operation, body,
                caller.who(), exchange.header("amz-sdk-invocation-id"),
                saysAttempt ? Integer.parseInt(attempt.group(1)) : 1,
                saysAttempt && attempt.group(2) != null ? Integer.parseInt(attempt.group(2)) : 0);
        return request.storeTraffic() ? forStoreTraffic(namespace, request, bytes) : pass(namespace, request, bytes);
    }

    /**
     * The store's traffic (the learner's request, or the shop's): faults first (throttled, or failed as the service's
     * own error, before the store sees it), capacity asked for on its behalf, its
     * metrics published and the learner's call recorded, the answer as it asked.
     */
    private WireAnswer forStoreTraffic(LabNamespace namespace, WireRequest request, byte[] bytes)
            throws IOException, InterruptedException {
        String operation = request.operation();
        ObjectNode asSent = request.body().deepCopy();
        boolean injected = namespace.faults().throttleThisAttempt(CallFacts.access(operation));
        List<ThrottledPart> spent = injected ? List.of() : throttledByAnEmulation(namespace, request);
        if (injected || !spent.isEmpty()) {
            DynamoDbMetrics.throttled(namespace.metrics(), namespace.clock().now(), operation, asSent, spent);
            int throttled = namespace.throttled().refused(request.invocationId());
            WireAnswer refused = ServiceError.of("ProvisionedThroughputExceededException", THROTTLED).answer();
            if (request.invocationId() == null || request.lastAttempt()) {
                namespace.throttled().takeBefore(request.invocationId());
                record(namespace, request, CallFacts.of(operation, asSent, refused, throttled));
            }
            return refused;
        }
        boolean changed = false;
        boolean askedOnBehalf = CapacityOnBehalf.notAskedFor(operation, request.body());
        if (askedOnBehalf) {
            CapacityOnBehalf.ask(request.body());
            changed = true;
        }
        BatchHoldBack held = null;
        if (operation.equals("BatchWriteItem") && BatchHoldBack.canHoldBackPart(request.body())
                && namespace.faults().cutThisBatchWrite()) {
            held = BatchHoldBack.from(request.body());
            changed = true;
        }
        WireAnswer answer;
        long started = System.nanoTime();
        try {
            answer = namespace.faults().failThisAttempt(CallFacts.access(operation))
                    ? new ServiceError(500, "InternalServerError", INTERNAL_ERROR).answer()
                    : pass(namespace, request, changed ? WireAnswer.write(request.body()) : bytes);
        } catch (ServiceError refused) {
            // An emulation's refusal is the learner's call's outcome like any other: recorded, then answered.
            answer = refused.answer();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ObjectNode body = answer.succeeded() ? answer.json() : null;
        if (held != null && body != null) {
            held.handBack(body);
        }
        Call call = CallFacts.of(operation, asSent, answer, body, namespace.throttled().takeBefore(request.invocationId()));
        record(namespace, request, call);
        DynamoDbMetrics.answered(namespace.metrics(), namespace.clock().now(), call, asSent, body, millis);
        if (body != null && (held != null || askedOnBehalf)) {
            return answer.withBody(askedOnBehalf ? CapacityOnBehalf.strip(body) : body);
        }
        return answer;
    }

    /** The parts whose spent capacity throttles the request, as the first emulation that throttles it finds them. */
    private List<ThrottledPart> throttledByAnEmulation(LabNamespace namespace, WireRequest request) {
        for (Emulation emulation : emulations) {
            List<ThrottledPart> spent = emulation.throttles(namespace, request);
            if (!spent.isEmpty()) {
                return spent;
            }
        }
        return List.of();
    }

    /** Records the call as the learner's, if the learner's code made it, with its region where not the scenario's own. */
    private static void record(LabNamespace namespace, WireRequest request, Call call) {
        if (request.fromLearner()) {
            namespace.calls().add(namespace.home() ? call : call.inRegion(namespace.region()));
        }
    }

    /** Any request: the emulations' answer if one has it, else the backend's; what it made is noted. */
    private WireAnswer pass(LabNamespace namespace, WireRequest request, byte[] bytes)
            throws IOException, InterruptedException {
        WireAnswer answer = null;
        for (Emulation emulation : emulations) {
            Optional<WireAnswer> own = emulation.answer(namespace, request);
            if (own.isPresent()) {
                answer = own.get();
                break;
            }
        }
        if (answer == null) {
            try {
                answer = forwarder.forward(namespace.backend(), namespace.region(), request.operation(), bytes);
            } catch (IOException unanswered) {
                CreatedResourcesOnTheWire.unanswered(namespace.backend().created(), request);
                throw unanswered;
            }
            for (Emulation emulation : emulations) {
                answer = emulation.afterBackend(namespace, request, answer);
            }
        }
        CreatedResourcesOnTheWire.note(namespace.backend().created(), request, answer);
        return answer;
    }

    /** Who signed the request, in the region it signed for. */
    private Caller caller(LoopbackServer.Request exchange) {
        String authorization = exchange.header("Authorization");
        Matcher key = ACCESS_KEY.matcher(authorization == null ? "" : authorization);
        Caller caller = key.find() ? callers.get(key.group(1)) : null;
        if (caller != null) {
            String region = ArnsOnTheWire.region(authorization, region());
            return new Caller(caller.namespace().inRegion(region), caller.who());
        }
        if (anyOtherCaller == null) {
            throw ServiceError.of("UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
        // A tool looking at the one table served (NoSQL Workbench signs for a region of its own): the home region.
        return anyOtherCaller;
    }

    /**
     * The region whose store answered a request, which its ARNs name: the region it was signed for where regions are
     * stores apart; where they are one store (an endpoint the harness does not own), or for a tool that reaches the one
     * table served, the home region, whatever region the request was signed for. A caller the endpoint does not know
     * reached no store: its own region.
     */
    private String answeringRegion(LoopbackServer.Request exchange) {
        try {
            return caller(exchange).namespace().region();
        } catch (ServiceError unknownCaller) {
            return ArnsOnTheWire.region(exchange.header("Authorization"), region());
        }
    }

    @Override
    public String toString() {
        return "lab endpoint " + uri() + " in front of the " + backend.name().toLowerCase(Locale.ROOT) + " backend";
    }
}
