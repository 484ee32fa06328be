package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bookstore.BookNotFoundException;
import lab.learner.LearnerCallFailed;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Calls into learner code fail with one paragraph that names the method, whatever the code did. */
class LearnerTest {

    private final Learner learner = new Learner();

    @Test
    void aStubFailsAsNotImplementedNamingItsMethodAndExercise() {
        assertThatThrownBy(() -> learner.run("BookRepository.find", () -> {
            throw new UnsupportedOperationException("BookRepository.find — exercise 03, features/03_find_a_book.feature");
        })).isInstanceOf(NotImplemented.class)
                .hasMessage("Not implemented yet: BookRepository.find — exercise 03, features/03_find_a_book.feature");
    }

    @Test
    void anExceptionFromLearnerCodeNamesTheMethodAndKeepsOnlyLearnerFrames() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> learner.run("BooksTable.create", () -> {
            throw new IllegalStateException("no table for you");
        }));
        assertThat(failure).isInstanceOf(LabFailure.class)
                .hasMessageStartingWith("BooksTable.create threw IllegalStateException: no table for you");
        assertThat(failure.getStackTrace()).as("frames outside the learner's package bookstore")
                .allMatch(frame -> frame.getClassName().startsWith("bookstore."));
    }

    @Test
    void anAttemptCapturesTheServicesRefusalAndTheLabsOwnException() {
        ResourceInUseException inUse = ResourceInUseException.builder().message("in use").build();
        assertThat(learner.attempt("BooksTable.create", () -> {
            throw inUse;
        }).thrown()).isSameAs(inUse);
        assertThat(learner.attempt("BookRepository.addFormat", () -> {
            throw new BookNotFoundException("A", "T");
        }).thrown()).isInstanceOf(BookNotFoundException.class);
        assertThat(learner.attempt("BooksTable.delete", () -> { }).thrown()).isNull();
    }

    @Test
    void anAttemptStillFailsAtAStubOrABug() {
        assertThatThrownBy(() -> learner.attempt("BooksTable.delete", () -> {
            throw new UnsupportedOperationException("BooksTable.delete — exercise 09, features/09_delete_the_table.feature");
        })).isInstanceOf(NotImplemented.class);
        assertThatThrownBy(() -> learner.attempt("BooksTable.delete", () -> {
            throw new NullPointerException("oops");
        })).isInstanceOf(LabFailure.class).hasMessageContaining("BooksTable.delete threw NullPointerException: oops");
    }

    @Test
    void aCallThatOverranFailsNamingTheMethodAndTheLimit() {
        assertThatThrownBy(() -> learner.run("BookRepository.byAuthor", () -> {
            throw new LearnerCallFailed(LearnerCallFailed.Why.OVERRAN, "did not return within 0.2 s");
        })).isInstanceOf(LabFailure.class)
                .hasMessageStartingWith("BookRepository.byAuthor did not return within 0.2 s")
                .hasMessageContaining("-Dkata.timeout=SECONDS");
    }

    @Test
    void aLearnerJvmThatEndedUnderACallFailsNamingTheMethodAndHowItEnded() {
        assertThatThrownBy(() -> learner.run("BooksTable.delete", () -> {
            throw new LearnerCallFailed(LearnerCallFailed.Why.EXITED, "called System.exit (at BooksTable.java:7)");
        })).isInstanceOf(LabFailure.class).hasMessage("BooksTable.delete called System.exit (at BooksTable.java:7)");
    }
}
