package lab.backend;

import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Something a backend may or may not support. A scenario tagged {@code @<tag>} runs only where the backend has it;
 * elsewhere it is skipped with a one-line reason. Support is learnt by asking the backend, never assumed.
 */
public enum Capability {

    BACKUPS("backups", "on-demand backups (CreateBackup, RestoreTableFromBackup)",
            client -> client.listBackups(list -> list.limit(1))),

    POINT_IN_TIME_RECOVERY("point-in-time-recovery", "point-in-time recovery (UpdateContinuousBackups, RestoreTableToPointInTime)",
            client -> client.describeContinuousBackups(describe -> describe.tableName("KataCapabilityProbe"))),

    /**
     * A clock the lab owns, which steps may set ("at 09:40 ..."): only where the lab endpoint keeps time for the
     * store, i.e. where it emulates point-in-time recovery. A real service keeps its own time.
     */
    LAB_CLOCK("lab-clock", "clock that the lab can set", client -> {
        throw new UnsupportedOperationException("the service keeps its own time");
    }),

    /**
     * Regions kept apart, a store each, as on the service: the lab endpoint signs each request for the region its
     * client signed for, which a DynamoDB Local keeps apart where every namespace is a database of its own. An
     * endpoint that scenarios share is reached in one region.
     */
    REGIONS("regions", "regions kept apart", client -> {
        throw new UnsupportedOperationException("the lab endpoint reaches it in one region; regions are kept apart where "
                + "every namespace is a DynamoDB Local database of its own: the embedded and container backends, or "
                + "-Dkata.namespace");
    });

    private final String tag;
    private final String description;
    private final Consumer<DynamoDbClient> probe;

    Capability(String tag, String description, Consumer<DynamoDbClient> probe) {
        this.tag = tag;
        this.description = description;
        this.probe = probe;
    }

    /** The scenario tag, without its {@code @}. */
    public String tag() {
        return tag;
    }

    public String description() {
        return description;
    }

    /**
     * Asks the backend. An operation it does not know is answered with {@code UnknownOperationException}
     * (DynamoDB Local does so for backups); any other answer, even "no such table", means the operation exists.
     *
     * @return {@code null} when supported, else the backend's reason
     */
    public String probe(DynamoDbClient client) {
        try {
            probe.accept(client);
            return null;
        } catch (UnsupportedOperationException never) {
            return never.getMessage();
        } catch (DynamoDbException answer) {
            String code = answer.awsErrorDetails() == null ? "" : answer.awsErrorDetails().errorCode();
            if ("UnknownOperationException".equals(code)) {
                return "it answers UnknownOperationException";
            }
            return null;
        }
    }
}
