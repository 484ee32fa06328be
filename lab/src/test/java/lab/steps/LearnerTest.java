package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import lab.fixtures.Library;
import lab.learner.AnswerType;
import lab.learner.LearnerCode;
import lab.learner.agent.LearnerMethod;
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

    /** Learner code that answers its first argument back, a little later, and counts the calls it has at once. */
    private static final class Echo implements LearnerCode {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger made = new AtomicInteger();
        final IntPredicate failsOn;

        Echo(IntPredicate failsOn) {
            this.failsOn = failsOn;
        }

        @Override
        public Object call(LearnerMethod method, Object... arguments) {
            int number = (Integer) arguments[0];
            made.incrementAndGet();
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5 + (number * 7) % 11);
                if (failsOn.test(number)) {
                    throw new IllegalStateException("no book " + number);
                }
                return number;
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public int callsAtOnce() {
            return 4;
        }
    }

    private static List<List<Object>> numbers(int count) {
        return IntStream.range(0, count).<List<Object>>mapToObj(List::of).toList();
    }

    @Test
    void callsForEachAnswerInTheirOrderAndRunSeveralAtOnce() {
        Echo code = new Echo(number -> false);

        List<Integer> answers = new Learner(code).callEach("BookRepository.find",
                AnswerType.of(Integer.class), numbers(40));

        assertThat(answers).as("the answers of 40 calls, in the order asked").isEqualTo(
                IntStream.range(0, 40).boxed().toList());
        assertThat(code.most.get()).as("the most calls the learner's code had at once").isBetween(2, 4);
    }

    @Test
    void aFirstCallThatFailsIsTheOnlyOneMade() {
        Echo code = new Echo(number -> true);

        assertThatThrownBy(() -> new Learner(code).callEach("BookRepository.find",
                AnswerType.of(Integer.class), numbers(40)))
                .isInstanceOf(LabFailure.class).hasMessageStartingWith("BookRepository.find threw IllegalStateException: no book 0");
        assertThat(code.made.get()).as("calls made when the first one failed").isEqualTo(1);
    }

    @Test
    void aLaterFailureIsTheEarliestInOrderAndLeavesTheRestUnmade() {
        Echo code = new Echo(number -> number >= 10);

        assertThatThrownBy(() -> new Learner(code).callEach("BookRepository.find",
                AnswerType.of(Integer.class), numbers(400)))
                .isInstanceOf(LabFailure.class).hasMessageStartingWith("BookRepository.find threw IllegalStateException: no book 10");
        assertThat(code.made.get()).as("calls made of 400 when the eleventh and every one after it failed").isLessThan(100);
    }
}
