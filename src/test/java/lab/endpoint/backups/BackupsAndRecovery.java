package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.List;

import lab.endpoint.Emulation;

/** The emulations of backups and point-in-time recovery, in the order they see a request. */
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
        return list;
    }
}
