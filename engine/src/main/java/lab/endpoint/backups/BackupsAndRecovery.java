package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.List;

import lab.endpoint.Emulation;

/**
 * The emulations of backups and point-in-time recovery, and of the service's limit on capacity-mode switches, in the
 * order they see a request.
 */
public final class BackupsAndRecovery {

    private BackupsAndRecovery() {
    }

    /**
     * What the endpoint does for a backend without on-demand backups, point-in-time recovery, or both: a restored
     * table's CREATING moment first (it answers for the tables it shows), then the operations themselves.
     */
    public static List<Emulation> emulations(boolean backups, boolean pointInTimeRecovery) {
        List<Emulation> list = new ArrayList<>();
        if (backups || pointInTimeRecovery) {
            list.add(new RestoreWindow());
        }
        if (backups) {
            list.add(new BackupEmulation());
        }
        if (pointInTimeRecovery) {
            list.add(new PointInTimeEmulation());
            // Where the lab owns the store's clock, it keeps the service's rules that are counted on it too.
            list.add(new CapacityModeSwitchLimit());
        }
        return list;
    }
}
