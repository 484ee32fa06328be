package lab.learner.agent;

import java.time.Instant;
import java.util.List;

/**
 * The learner's API, method by method: what the steps may ask of the learner's {@code BooksTable} and
 * {@code BookRepository}. Each is called on a fresh instance made with the scenario's client, so that even the
 * learner's constructor runs inside the call's bounds.
 */
public enum LearnerMethod {

    CREATE("BooksTable", "create"),
    ADD_CATEGORY_INDEX("BooksTable", "addCategoryIndex"),
    SWITCH_TO_PROVISIONED("BooksTable", "switchToProvisioned", long.class, long.class),
    SWITCH_TO_ON_DEMAND("BooksTable", "switchToOnDemand"),
    CREATE_BACKUP("BooksTable", "createBackup", String.class),
    RESTORE_BACKUP("BooksTable", "restoreBackup", String.class, String.class),
    ENABLE_POINT_IN_TIME_RECOVERY("BooksTable", "enablePointInTimeRecovery"),
    RESTORE_TO_LATEST_RESTORABLE_TIME("BooksTable", "restoreToLatestRestorableTime", String.class),
    RESTORE_TO_POINT_IN_TIME("BooksTable", "restoreToPointInTime", Instant.class, String.class),
    DELETE("BooksTable", "delete"),
    INSERT("BookRepository", "insert", List.class),
    FIND("BookRepository", "find", String.class, String.class),
    BY_AUTHOR("BookRepository", "byAuthor", String.class),
    IN_CATEGORY("BookRepository", "inCategory", String.class),
    ADD_FORMAT("BookRepository", "addFormat", String.class, String.class, String.class, String.class),
    REMOVE_FORMAT("BookRepository", "removeFormat", String.class, String.class, String.class);

    /** The package of the learner's classes. */
    public static final String LEARNER_PACKAGE = "bookstore.";

    private final String simpleClassName;
    private final String methodName;
    private final Class<?>[] parameterTypes;

    LearnerMethod(String simpleClassName, String methodName, Class<?>... parameterTypes) {
        this.simpleClassName = simpleClassName;
        this.methodName = methodName;
        this.parameterTypes = parameterTypes;
    }

    public String className() {
        return LEARNER_PACKAGE + simpleClassName;
    }

    public String methodName() {
        return methodName;
    }

    public Class<?>[] parameterTypes() {
        return parameterTypes.clone();
    }

    /** As the lab's messages name it: {@code BooksTable.create}. */
    public String display() {
        return simpleClassName + "." + methodName;
    }

    /** The signature, for a message about a method the learner's class lacks: {@code restoreToPointInTime(Instant, String)}. */
    String signature() {
        StringBuilder text = new StringBuilder(methodName).append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            text.append(i == 0 ? "" : ", ").append(parameterTypes[i].getSimpleName());
        }
        return text.append(')').toString();
    }
}
