package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.fixtures.Library;
import lab.learner.LearnerCallFailed;
import lab.learner.LearnersThrowable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Calls into learner code fail with one paragraph that names the method, whatever the code did. */
class LearnerTest {

    /** A learner whose every method does what the test's body does. */
    private static Learner learnerThat(Body body) {
        return new Learner((method, arguments) -> {
            try {
                body.run();
            } catch (RuntimeException | Error thrown) {
                throw thrown;
            } catch (Exception checked) {
                throw new IllegalStateException(checked);
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    /** The learner's BookNotFoundException, as it reaches the lab from a learner JVM. */
    static final class BookNotFound extends RuntimeException implements LearnersThrowable {
        BookNotFound() {
            super("No book \"T\" by A in the Books table");
        }

        @Override
        public String learnersClassName() {
            return Library.BOOK_NOT_FOUND;
        }
    }

    @Test
    void aStubFailsAsNotImplementedNamingItsMethodAndExercise() {
        assertThatThrownBy(() -> learnerThat(() -> {
            throw new UnsupportedOperationException("BookRepository.find — exercise 03, features/03_find_a_book.feature");
        }).run("BookRepository.find")).isInstanceOf(NotImplemented.class)
                .hasMessage("Not implemented yet: BookRepository.find — exercise 03, features/03_find_a_book.feature");
    }

    @Test
    void anExceptionFromLearnerCodeNamesTheMethodAndKeepsOnlyLearnerFrames() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> learnerThat(() -> {
            throw new IllegalStateException("no table for you");
        }).run("BooksTable.create"));
        assertThat(failure).isInstanceOf(LabFailure.class)
                .hasMessageStartingWith("BooksTable.create threw IllegalStateException: no table for you");
        assertThat(failure.getStackTrace()).as("frames outside the learner's package bookstore")
                .allMatch(frame -> frame.getClassName().startsWith("bookstore."));
    }

    @Test
    void anAttemptCapturesTheServicesRefusalAndTheLabsOwnException() {
        ResourceInUseException inUse = ResourceInUseException.builder().message("in use").build();
        assertThat(learnerThat(() -> {
            throw inUse;
        }).attempt("BooksTable.create").thrown()).isSameAs(inUse);
        assertThat(learnerThat(() -> {
            throw new BookNotFound();
        }).attempt("BookRepository.addFormat").thrownClassName()).isEqualTo("bookstore.BookNotFoundException");
        assertThat(learnerThat(() -> { }).attempt("BooksTable.delete").thrown()).isNull();
    }

    @Test
    void anAttemptStillFailsAtAStubOrABug() {
        assertThatThrownBy(() -> learnerThat(() -> {
            throw new UnsupportedOperationException("BooksTable.delete — exercise 09, features/09_delete_the_table.feature");
        }).attempt("BooksTable.delete")).isInstanceOf(NotImplemented.class);
        assertThatThrownBy(() -> learnerThat(() -> {
            throw new NullPointerException("oops");
        }).attempt("BooksTable.delete")).isInstanceOf(LabFailure.class).hasMessageContaining("BooksTable.delete threw NullPointerException: oops");
    }

    @Test
    void aCallThatOverranFailsNamingTheMethodAndTheLimit() {
        assertThatThrownBy(() -> learnerThat(() -> {
            throw new LearnerCallFailed(LearnerCallFailed.Why.OVERRAN, "did not return within 0.2 s");
        }).run("BookRepository.byAuthor")).isInstanceOf(LabFailure.class)
                .hasMessageStartingWith("BookRepository.byAuthor did not return within 0.2 s")
                .hasMessageContaining("-Dkata.timeout=SECONDS");
    }

    @Test
    void aLearnerJvmThatEndedUnderACallFailsNamingTheMethodAndHowItEnded() {
        assertThatThrownBy(() -> learnerThat(() -> {
            throw new LearnerCallFailed(LearnerCallFailed.Why.EXITED, "called System.exit (at BooksTable.java:7)");
        }).run("BooksTable.delete")).isInstanceOf(LabFailure.class).hasMessage("BooksTable.delete called System.exit (at BooksTable.java:7)");
    }
}
