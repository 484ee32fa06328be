package lab.learner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import bookstore.Book;
import lab.learner.agent.LearnerMethod;

/** The learner's API as one {@link #call} per {@link LearnerMethod}: what both ways of running the learner's code share. */
abstract class LearnerCalls implements LearnerCode {

    /**
     * Calls the method with these arguments and answers what it returned. What the learner's code threw is thrown
     * as it is, checked or not.
     */
    protected abstract Object call(LearnerMethod method, Object... arguments);

    @Override
    public void create() {
        call(LearnerMethod.CREATE);
    }

    @Override
    public void addCategoryIndex() {
        call(LearnerMethod.ADD_CATEGORY_INDEX);
    }

    @Override
    public void switchToProvisioned(long readUnits, long writeUnits) {
        call(LearnerMethod.SWITCH_TO_PROVISIONED, readUnits, writeUnits);
    }

    @Override
    public void switchToOnDemand() {
        call(LearnerMethod.SWITCH_TO_ON_DEMAND);
    }

    @Override
    public String createBackup(String backupName) {
        return (String) call(LearnerMethod.CREATE_BACKUP, backupName);
    }

    @Override
    public void restoreBackup(String backupArn, String targetTable) {
        call(LearnerMethod.RESTORE_BACKUP, backupArn, targetTable);
    }

    @Override
    public void enablePointInTimeRecovery() {
        call(LearnerMethod.ENABLE_POINT_IN_TIME_RECOVERY);
    }

    @Override
    public void restoreToLatestRestorableTime(String targetTable) {
        call(LearnerMethod.RESTORE_TO_LATEST_RESTORABLE_TIME, targetTable);
    }

    @Override
    public void restoreToPointInTime(Instant moment, String targetTable) {
        call(LearnerMethod.RESTORE_TO_POINT_IN_TIME, moment, targetTable);
    }

    @Override
    public void delete() {
        call(LearnerMethod.DELETE);
    }

    @Override
    public void insert(List<Book> books) {
        call(LearnerMethod.INSERT, books);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Book> find(String author, String title) {
        return (Optional<Book>) call(LearnerMethod.FIND, author, title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Book> byAuthor(String author) {
        return (List<Book>) call(LearnerMethod.BY_AUTHOR, author);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Book> inCategory(String category) {
        return (List<Book>) call(LearnerMethod.IN_CATEGORY, category);
    }

    @Override
    public void addFormat(String author, String title, String format, String productId) {
        call(LearnerMethod.ADD_FORMAT, author, title, format, productId);
    }

    @Override
    public void removeFormat(String author, String title, String format) {
        call(LearnerMethod.REMOVE_FORMAT, author, title, format);
    }
}
