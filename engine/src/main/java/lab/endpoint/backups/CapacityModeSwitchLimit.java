package lab.endpoint.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.Emulation;
import lab.endpoint.LabNamespace;
import lab.endpoint.WireAnswer;
import lab.endpoint.WireRequest;

/**
 * The service's limit on switching a table from provisioned to on-demand capacity: at most {@link #SWITCHES} times in
 * a rolling {@link #WINDOW} (on-demand to provisioned is allowed at any time), counted on the store's clock. Only
 * switches that succeeded count. The refusal is the service's LimitExceededException, in its words.
 */
final class CapacityModeSwitchLimit implements Emulation {

    static final int SWITCHES = 4;
    static final Duration WINDOW = Duration.ofDays(1);
    static final String ON_DEMAND = "PAY_PER_REQUEST";
    /** How the service writes the moments in its refusal: {@code Sat Feb 23 03:07:45 UTC 2019}. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One namespace's switches to on-demand, by table, and the switches asked for and not yet answered. */
    static final class Switches {
        private final Map<String, Deque<Instant>> done = new ConcurrentHashMap<>();
        private final Set<String> asked = ConcurrentHashMap.newKeySet();
    }

    @Override
    public Optional<WireAnswer> answer(LabNamespace namespace, WireRequest request) {
        if (!request.operation().equals("UpdateTable") || !ON_DEMAND.equals(request.text("BillingMode"))) {
            return Optional.empty();
        }
        String table = request.text("TableName");
        Optional<ObjectNode> described = new BackendTables(namespace.backendCalls()).describe(table);
        boolean provisioned = described.isPresent()
                && !ON_DEMAND.equals(described.get().path("BillingModeSummary").path("BillingMode").asText());
        if (!provisioned) {
            return Optional.empty();
        }
        Switches switches = switches(namespace);
        Deque<Instant> recent = switches.done.computeIfAbsent(table, name -> new ArrayDeque<>());
        Instant now = namespace.clock().now();
        synchronized (recent) {
            recent.removeIf(at -> !at.isAfter(now.minus(WINDOW)));
            if (recent.size() >= SWITCHES) {
                throw ServiceRefusals.limitExceeded("Subscriber limit exceeded: Update to PayPerRequest mode are "
                        + "limited to " + SWITCHES + " times in " + ServiceRefusals.days(WINDOW) + ". Last update at "
                        + MOMENT.format(recent.getLast()) + ". Next update can be made at "
                        + MOMENT.format(recent.getFirst().plus(WINDOW)));
            }
        }
        switches.asked.add(table);
        return Optional.empty();
    }

    @Override
    public WireAnswer afterBackend(LabNamespace namespace, WireRequest request, WireAnswer answer) {
        String table = request.text("TableName");
        if (table == null) {
            return answer;
        }
        Switches switches = switches(namespace);
        if (request.operation().equals("UpdateTable") && switches.asked.remove(table) && answer.succeeded()) {
            Deque<Instant> recent = switches.done.computeIfAbsent(table, name -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(namespace.clock().now());
            }
        } else if (request.operation().equals("DeleteTable") && answer.succeeded()) {
            switches.done.remove(table);
        }
        return answer;
    }

    private static Switches switches(LabNamespace namespace) {
        return namespace.kept(Switches.class, Switches::new);
    }
}
