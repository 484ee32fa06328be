package lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadyNamespacesTest {

    /** A stand-in for a namespace: a number, and what was made in it. */
    static final class Place {
        final int number;
        final List<String> made = new CopyOnWriteArrayList<>();

        Place(int number) {
            this.number = number;
        }
    }

    private final AtomicInteger opened = new AtomicInteger();
    private final List<Place> closed = new CopyOnWriteArrayList<>();
    private final Preparation fiveBooks = new Preparation("five books", client -> { });

    private ReadyNamespaces<Place> ready(ReadyNamespaces.PrepareIn<Place> prepareIn) {
        return new ReadyNamespaces<>(() -> new Place(opened.incrementAndGet()), closed::add, prepareIn);
    }

    @Test
    void aRefillPreparesAsManyAsTheLastRoundAskedForAndHandsEachOutOnce() throws InterruptedException {
        try (ReadyNamespaces<Place> ready = ready((place, preparation) -> place.made.add(preparation.name()))) {
            assertThat(ready.take(fiveBooks)).as("a namespace before any refill").isEmpty();
            assertThat(ready.take(fiveBooks)).as("a second one before any refill").isEmpty();
            ready.refill();

            Place first = await(ready);
            Place second = await(ready);
            assertThat(List.of(first.number, second.number)).as("the namespaces handed out").doesNotHaveDuplicates();
            assertThat(first.made).as("what was made in a namespace handed out").containsExactly("five books");
            assertThat(ready.take(fiveBooks)).as("a third: the last round asked for two").isEmpty();
        }
    }

    @Test
    void whatOnePoolWasAskedForAnotherPreparesAtItsFirstRefill() throws InterruptedException {
        try (ReadyNamespaces<Place> old = ready((place, preparation) -> place.made.add(preparation.name()));
             ReadyNamespaces<Place> renewed = ready((place, preparation) -> place.made.add(preparation.name()))) {
            old.take(fiveBooks);
            old.take(fiveBooks);
            assertThat(old.asked()).as("what the old pool was asked for").containsExactly(java.util.Map.entry(fiveBooks, 2));
            renewed.askedAlready(old.asked());
            renewed.refill();

            assertThat(await(renewed).made).as("what the renewed pool made ready first").containsExactly("five books");
            await(renewed);
            assertThat(renewed.take(fiveBooks)).as("a third: the old pool was asked for two").isEmpty();
        }
    }

    @Test
    void aSaveStopsWhatHasNotStartedAndClosingClosesWhatWasNeverHandedOut() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        ReadyNamespaces<Place> ready = ready((place, preparation) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 5; i++) {
            ready.take(fiveBooks);
        }
        ready.refill();
        assertThat(started.await(10, TimeUnit.SECONDS)).as("two preparations under way").isTrue();
        ready.pause();
        release.countDown();
        Thread.sleep(200);

        assertThat(opened.get()).as("namespaces opened: the two under way, none of the three that had not started")
                .isEqualTo(2);
        ready.close();
        assertThat(closed).as("namespaces closed with the pool, never handed out").hasSize(2);
    }

    @Test
    void aPreparationThatFailsLeavesNothingReadyAndClosesItsNamespace() throws InterruptedException {
        try (ReadyNamespaces<Place> ready = ready((place, preparation) -> {
            throw new IllegalStateException("the store refused");
        })) {
            ready.take(fiveBooks);
            ready.refill();
            Thread.sleep(300);
            assertThat(closed).as("the namespace whose preparation failed").hasSize(1);
            assertThat(ready.take(fiveBooks)).as("what is ready after a failed preparation").isEmpty();
        }
    }

    private Place await(ReadyNamespaces<Place> ready) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Place> place = ready.take(fiveBooks);
            if (place.isPresent()) {
                return place.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no namespace was made ready within 10 s");
    }
}
