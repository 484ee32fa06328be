package lab.patterns;

import static lab.patterns.AccessPatterns.fail;
import static lab.patterns.AccessPatterns.made;
import static lab.patterns.AccessPatterns.shortName;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lab.client.Call;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InvalidRestoreTimeException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The "how" of exercise 08, checked over the calls a learner method made: a backup is named by the ARN the service
 * gave it, and a restore is the service's operation, into a new table, returning once that table is ACTIVE. Each
 * check fails with an {@link AssertionError} whose message names the method, what it did, and what to do instead.
 */
public final class Backups {

    /** The service's operation that restores an on-demand backup. */
    public static final String FROM_BACKUP = "RestoreTableFromBackup";
    /** The service's operation that restores a table as it was at a moment. */
    public static final String TO_POINT_IN_TIME = "RestoreTableToPointInTime";

    /** The operations a copy made by hand is made of: reading items, writing items, making the table to hold them. */
    private static final Set<Call.Access> COPYING = Set.of(Call.Access.KEY, Call.Access.QUERY, Call.Access.SCAN,
            Call.Access.WRITE);
    private static final String ACTIVE = TableStatus.ACTIVE.toString();
    private static final String INVALID_TIME = InvalidRestoreTimeException.class.getSimpleName();
    private static final String TABLE_NOT_FOUND = TableNotFoundException.class.getSimpleName();

    private Backups() {
    }

    /**
     * What a learner method was asked to restore.
     *
     * @param method    the method, e.g. {@code BooksTable.restoreBackup}
     * @param operation the service's operation that does it: {@link #FROM_BACKUP} or {@link #TO_POINT_IN_TIME}
     * @param target    the new table
     * @param moment    the moment asked for, in words, e.g. {@code 09:35 on the store's clock (2025-03-14T09:35:00Z)}
     */
    public record Restore(String method, String operation, String target, String moment) {
    }

    /**
     * The restore was asked of the service, and nothing else was done in its place: no book read or written (a copy
     * made by hand), no point-in-time recovery turned on, no table deleted to make room, and the moment asked for
     * passed on as it was given.
     */
    public static void asksTheService(List<Call> calls, Restore restore) {
        String who = shortName(restore.method());
        List<Call> copying = calls.stream().filter(call -> COPYING.contains(call.access())
                || call.operation().equals("CreateTable")).toList();
        if (!copying.isEmpty()) {
            fail(who + " copied the books itself (" + summaries(copying) + ") instead of calling " + restore.operation()
                    + " — a restore is the service's operation: it restores the table's indexes, its capacity and the "
                    + "exact moment asked for, and a copy made with Scan and writes does none of that");
        }
        operation(calls, "UpdateContinuousBackups").ifPresent(update -> fail(who + " turned on point-in-time recovery "
                + "itself (UpdateContinuousBackups) — a restore rewinds to moments the table's continuous backups "
                + "already kept, and turned on now they keep nothing from before: when recovery is off, the service's "
                + "PointInTimeRecoveryUnavailableException is the caller's to hear"));
        operation(calls, "DeleteTable").ifPresent(delete -> fail(who + " deleted " + delete.target() + " (DeleteTable)"
                + " — a restore never replaces a table: it makes a new one, and when the table exists the service's "
                + "TableAlreadyExistsException is the caller's to hear"));
        List<Call> restores = calls.stream().filter(call -> call.operation().equals(restore.operation())).toList();
        if (restores.isEmpty()) {
            fail(who + " never called " + restore.operation() + " — a restore is the service's operation"
                    + made(calls));
        }
        restores.stream().filter(call -> INVALID_TIME.equals(call.failure())).findFirst()
                .ifPresent(refused -> fail(who + " asked for a moment the service cannot restore (" + refused.operation()
                        + " failed with " + INVALID_TIME + ") — the moment asked for was " + restore.moment()
                        + ": pass it on as it was given, never this machine's Instant.now(); the service restores by "
                        + "its own clock, within the window its continuous backups kept"));
    }

    /**
     * A restore into another region was not refused there as naming no table: the source is named, in the region the
     * restore is asked of, by its ARN, which says the source's region; by its name, or by an ARN of another region, it
     * is a table that region does not have.
     *
     * @param thrownClass what the method threw, by its class's name, or null
     * @param into        the region the restore was asked of
     * @param from        the source table's region
     */
    public static void namesItsSourceByArn(String thrownClass, String thrownMessage, Restore restore, String into,
                                           String from) {
        if (thrownClass != null && thrownClass.endsWith("." + TABLE_NOT_FOUND)) {
            String said = thrownMessage == null ? "" : thrownMessage.replaceFirst(" \\(Service: .*", "");
            fail(shortName(restore.method()) + " was refused in " + into + " (" + said + ") — there the Books table is "
                    + "known by its ARN alone, DescribeTable's TableArn in " + from + ": its name, or an ARN of another "
                    + "region, names no table of " + into);
        }
    }

    /**
     * A restore into another region made its table there, not in the source's region: a restore is made in the region
     * it is asked of.
     */
    public static void madeWhereAsked(boolean madeThere, boolean madeInTheSourceRegion, Restore restore, String into,
                                      String from) {
        if (!madeThere && madeInTheSourceRegion) {
            fail(shortName(restore.method()) + " made the table " + restore.target() + " in " + from + ", the Books "
                    + "table's own region, and none in " + into + " — a restore is made in the region it is asked of: ask "
                    + "it of the client of " + into + " that the method is given");
        }
    }

    /**
     * The method returned once the new table was ACTIVE: the last the method heard of the target table, after it asked
     * for the restore, said so.
     */
    public static void returnsOnceActive(List<Call> calls, Restore restore) {
        String who = shortName(restore.method());
        int asked = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).operation().equals(restore.operation()) && calls.get(i).succeeded()) {
                asked = i;
            }
        }
        if (asked < 0) {
            fail(who + " never had " + restore.operation() + " succeed" + made(calls));
        }
        Call last = calls.get(asked);
        for (Call call : calls.subList(asked, calls.size())) {
            if (restore.target().equals(call.table()) && call.tableStatus() != null) {
                last = call;
            }
        }
        if (!ACTIVE.equals(last.tableStatus())) {
            fail(who + " returned while the table " + restore.target() + " was " + last.tableStatus() + " ("
                    + last.operation() + " said so, and it asked no more) — a restore takes a while, minutes or more on "
                    + "AWS: wait until the table is ACTIVE; the client's waiters do, and poll every 20 seconds unless "
                    + "told otherwise");
        }
    }

    /**
     * What a createBackup answered is the ARN the service gave the backup it made of {@code table}: shaped
     * {@code <the table's ARN>/backup/…}, and known to the service ({@code harness} asks it with DescribeBackup).
     *
     * @return the backup the ARN names
     */
    public static BackupDescription answersTheBackupArn(DynamoDbClient harness, String method, String answered,
                                                        String backupName, String table) {
        String who = shortName(method);
        String tableArn = harness.describeTable(describe -> describe.tableName(table)).table().tableArn();
        String instead = " — answer the ARN the service gave the backup (CreateBackup's BackupDetails.BackupArn): "
                + "it is how the backup is named later, when it is restored";
        if (answered == null || answered.isBlank()) {
            fail(who + " answered " + (answered == null ? "null" : "\"" + answered + "\"") + instead);
        }
        if (answered.equals(backupName)) {
            fail(who + " answered the backup's name, \"" + answered + "\", not its ARN" + instead);
        }
        if (answered.equals(tableArn)) {
            fail(who + " answered the ARN of the " + table + " table, " + answered + ", not the backup's" + instead);
        }
        if (!answered.startsWith(tableArn + "/backup/")) {
            fail(who + " answered \"" + answered + "\", which is not the ARN of a backup of the " + table + " table ("
                    + tableArn + "/backup/…)" + instead);
        }
        try {
            return harness.describeBackup(describe -> describe.backupArn(answered)).backupDescription();
        } catch (BackupNotFoundException unknown) {
            throw new AssertionError(who + " answered " + answered + ", shaped like a backup's ARN, but the service "
                    + "has no such backup" + instead);
        } catch (DynamoDbException refused) {
            throw new AssertionError(who + " answered " + answered + ", which the service refuses to describe ("
                    + refused.awsErrorDetails().errorMessage() + ")" + instead);
        }
    }

    private static Optional<Call> operation(List<Call> calls, String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).findFirst();
    }

    private static String summaries(List<Call> calls) {
        return calls.stream().map(Call::summary).collect(Collectors.joining("; "));
    }
}
