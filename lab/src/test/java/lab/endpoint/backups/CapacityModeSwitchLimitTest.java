package lab.endpoint.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import lab.backend.Capability;
import lab.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;

/** The service's limit of four switches to on-demand in a rolling day, on the store's clock. */
class CapacityModeSwitchLimitTest extends OnAnEmulatedStore {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:00:00Z");

    CapacityModeSwitchLimitTest() {
        super(Capability.POINT_IN_TIME_RECOVERY);
    }

    /** A switch as correct code makes it: then it asks how the table is, as a waiter does, until it is ACTIVE again. */
    private void toOnDemand() {
        store.learner.updateTable(update -> update.tableName(Fixtures.BOOKS).billingMode(BillingMode.PAY_PER_REQUEST));
        store.learner.describeTable(describe -> describe.tableName(Fixtures.BOOKS));
    }

    private void switchAt(Instant moment) {
        clock().set(moment);
        store.fixtures.provision(5, 5);
        toOnDemand();
    }

    @Test
    void theFifthSwitchToOnDemandInADayIsRefusedUntilTheFirstIsADayOld() {
        for (int hour = 0; hour < 4; hour++) {
            switchAt(MORNING.plus(Duration.ofHours(hour)));
        }
        clock().set(MORNING.plus(Duration.ofHours(5)));
        toOnDemand();
        assertThat(store.fixtures.describe(Fixtures.BOOKS).orElseThrow().billingModeSummary().billingMode())
                .as("already on demand: no switch, nothing to refuse").isEqualTo(BillingMode.PAY_PER_REQUEST);
        store.fixtures.provision(5, 5);

        assertThatThrownBy(this::toOnDemand).isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("Subscriber limit exceeded: Update to PayPerRequest mode are limited to 4 times "
                        + "in 1 day(s). Last update at Sun Mar 01 11:00:00 UTC 2026. Next update can be made at "
                        + "Mon Mar 02 08:00:00 UTC 2026");
        assertThat(store.fixtures.describe(Fixtures.BOOKS).orElseThrow().billingModeSummary().billingMode())
                .isEqualTo(BillingMode.PROVISIONED);

        clock().set(MORNING.plus(Duration.ofDays(1)).plusSeconds(1));
        toOnDemand();
        assertThat(store.fixtures.describe(Fixtures.BOOKS).orElseThrow().billingModeSummary().billingMode())
                .isEqualTo(BillingMode.PAY_PER_REQUEST);
    }
}
