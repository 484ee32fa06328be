package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One namespace's on-demand backups, in the order they were taken. A backup outlives its table: it is listed, and can
 * be restored, after the table is deleted, until the backup itself is deleted.
 */
final class BackupVault {

    private final Map<String, Backup> backups = new LinkedHashMap<>();

    synchronized void keep(Backup backup) {
        backups.put(backup.arn(), backup);
    }

    synchronized Optional<Backup> find(String arn) {
        return Optional.ofNullable(backups.get(arn));
    }

    synchronized Optional<Backup> remove(String arn) {
        return Optional.ofNullable(backups.remove(arn));
    }

    /** Every backup, oldest first. */
    synchronized List<Backup> all() {
        return new ArrayList<>(backups.values());
    }
}
