package lab.endpoint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lab.backend.Capability;

/**
 * What the lab endpoint emulates in front of a backend: each capability the backend lacks and the lab can give, and
 * nothing the backend has (real DynamoDB's own backups are passed through, and recorded like every call).
 *
 * @param list     the emulations, in the order they see a request
 * @param provides the capabilities they give
 */
public record Emulations(List<Emulation> list, Set<Capability> provides) {

    public Emulations {
        list = List.copyOf(list);
        provides = provides.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(provides);
    }

    /**
     * What emulates on-demand backups and point-in-time recovery, each where the backend lacks it: the emulations of
     * {@code lab.endpoint.backups}, which build on this package and are handed in, so that it never reaches down.
     */
    @FunctionalInterface
    public interface Recovery {
        List<Emulation> emulations(boolean backups, boolean pointInTimeRecovery);
    }

    /**
     * The emulations for a backend that lacks {@code missing}, backups and recovery made by {@code recovery}; regions
     * kept apart where {@code namespacesApart} (every namespace a DynamoDB Local database of its own).
     */
    public static Emulations forBackendLacking(Set<Capability> missing, Recovery recovery, boolean namespacesApart) {
        boolean backups = missing.contains(Capability.BACKUPS);
        boolean pointInTimeRecovery = missing.contains(Capability.POINT_IN_TIME_RECOVERY);
        // New tables are CREATING, and tables and queries keep the service's rules and texts, on every backend: where
        // DynamoDB Local differs the service does not, and against the service these say only what it says too.
        List<Emulation> list = new ArrayList<>(List.of(new SettlingTables(), new TableRules()));
        list.addAll(recovery.emulations(backups, pointInTimeRecovery));
        if (pointInTimeRecovery) {
            // A backend without recovery of its own is DynamoDB Local, which never throttles: where the lab owns the
            // store's clock, provisioned capacity is spent and refilled on it.
            list.add(new ProvisionedCapacity());
        }
        Set<Capability> provides = EnumSet.noneOf(Capability.class);
        if (backups) {
            provides.add(Capability.BACKUPS);
        }
        if (pointInTimeRecovery) {
            // The emulated recovery runs on the store's clock, which the lab owns and steps may set.
            provides.add(Capability.POINT_IN_TIME_RECOVERY);
            provides.add(Capability.LAB_CLOCK);
        }
        if (namespacesApart) {
            provides.add(Capability.REGIONS);
        }
        return new Emulations(list, provides);
    }
}
