package lab.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The tables and backups one namespace's clients made, the harness's and the learner's alike: on an endpoint the
 * harness does not own, these, and only these, are removed when the scenario ends.
 * <p>
 * A table counts when the service answered that it made it. A request that got no answer at all (a timeout, a broken
 * connection) may have made its table all the same: such a table counts as {@link Made#UNANSWERED}, to be removed only
 * if it is younger than the scenario. A request the service refused made nothing.
 */
public final class CreatedResources implements ExecutionInterceptor {

    /** How sure the ledger is that the scenario made a table. */
    public enum Made {
        ANSWERED, UNANSWERED
    }

    private final Map<String, Made> tables = new LinkedHashMap<>();
    private final List<String> backupArns = new ArrayList<>();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        if (response instanceof CreateTableResponse created) {
            made(created.tableDescription());
        } else if (response instanceof RestoreTableFromBackupResponse restored) {
            made(restored.tableDescription());
        } else if (response instanceof RestoreTableToPointInTimeResponse restored) {
            made(restored.tableDescription());
        } else if (response instanceof CreateBackupResponse backup && backup.backupDetails() != null) {
            synchronized (this) {
                backupArns.add(backup.backupDetails().backupArn());
            }
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof AwsServiceException) {
            return;
        }
        String table = tableRequested(context.request());
        if (table != null) {
            synchronized (this) {
                tables.putIfAbsent(table, Made.UNANSWERED);
            }
        }
    }

    private synchronized void made(TableDescription table) {
        if (table != null && table.tableName() != null) {
            tables.put(table.tableName(), Made.ANSWERED);
        }
    }

    private static String tableRequested(SdkRequest request) {
        if (request instanceof CreateTableRequest create) {
            return create.tableName();
        }
        if (request instanceof RestoreTableFromBackupRequest restore) {
            return restore.targetTableName();
        }
        if (request instanceof RestoreTableToPointInTimeRequest restore) {
            return restore.targetTableName();
        }
        return null;
    }

    /** The tables made, in the order they were made, with how sure the ledger is of each. */
    public synchronized Map<String, Made> tables() {
        return new LinkedHashMap<>(tables);
    }

    public synchronized List<String> backupArns() {
        return List.copyOf(backupArns);
    }
}
