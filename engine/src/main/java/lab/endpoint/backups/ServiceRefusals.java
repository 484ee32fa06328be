package lab.endpoint.backups;

import java.time.Duration;

import lab.endpoint.ServiceError;

/** The service's refusals of backup and recovery requests, with its texts, as the emulations throw them. */
final class ServiceRefusals {

    static final String TABLE_NOT_FOUND = "TableNotFoundException";
    static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";

    private ServiceRefusals() {
    }

    static ServiceError tableNotFound(String table) {
        return ServiceError.of(TABLE_NOT_FOUND, "Table not found: " + table);
    }

    static ServiceError tableAlreadyExists(String table) {
        return ServiceError.of("TableAlreadyExistsException", "Table already exists: " + table);
    }

    static ServiceError backupNotFound(String backupArn) {
        return ServiceError.of("BackupNotFoundException", "Backup not found: " + backupArn);
    }

    static ServiceError pointInTimeRecoveryUnavailable(String table) {
        return ServiceError.of("PointInTimeRecoveryUnavailableException",
                "Point in time recovery is not enabled for table '" + table + "'");
    }

    /** Times as ISO 8601 instants ({@code 2025-03-14T09:40:00Z}), as a person reads them, not seconds since the epoch. */
    static ServiceError invalidRestoreTime(java.time.Instant requested, java.time.Instant earliest, java.time.Instant latest) {
        return ServiceError.of("InvalidRestoreTimeException", "Invalid RestoreDateTime " + requested
                + ": RestoreDateTime must be between EarliestRestorableDateTime " + earliest
                + " and LatestRestorableDateTime " + latest);
    }

    /** A table not yet ACTIVE (a restore in progress) cannot be backed up, nor have its recovery changed. */
    static ServiceError continuousBackupsUnavailable(String table) {
        return ServiceError.of("ContinuousBackupsUnavailableException",
                "Backups are being enabled for the table: " + table + ". Please retry later");
    }

    /** What an item operation on a table that is not ACTIVE yet is told. */
    static ServiceError resourceNotFound() {
        return ServiceError.of(RESOURCE_NOT_FOUND, "Requested resource not found");
    }

    /** A restore into a table name whose table is being made (a restore in progress) or deleted. */
    static ServiceError tableInUse() {
        return ServiceError.of("TableInUseException", "A target table with the specified name is either being created "
                + "or deleted.");
    }

    /** A backup being restored from cannot be deleted meanwhile. */
    static ServiceError backupInUse() {
        return ServiceError.of("BackupInUseException", "There is another ongoing conflicting backup control plane "
                + "operation on the table. The backup is either being created, deleted or restored to a table.");
    }

    static ServiceError limitExceeded(String message) {
        return ServiceError.of("LimitExceededException", message);
    }

    /** Said of a day, as the service's limits say it: "1 day(s)". */
    static String days(Duration window) {
        return window.toDays() + " day(s)";
    }
}
