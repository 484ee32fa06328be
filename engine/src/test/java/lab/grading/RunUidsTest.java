package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two graders side by side never hand one user id to two runs: a run's end stops every process of its id. */
class RunUidsTest {

    @Test
    void twoGradersTakeDifferentIdsAndAReleasedOneComesBack(@TempDir Path locks) {
        RunUids oneGrader = new RunUids(locks);
        RunUids another = new RunUids(locks);

        int first = oneGrader.take().orElseThrow();
        int second = another.take().orElseThrow();
        assertThat(second).as("the id a second grader gets while the first holds %d", first).isNotEqualTo(first);

        oneGrader.release(first);
        assertThat(another.take()).as("the id taken once the first grader released %d", first).contains(first);
    }

    @Test
    void whenEveryIdIsHeldThereIsNone(@TempDir Path locks) {
        RunUids grader = new RunUids(locks);
        for (int i = 0; i < RunUids.COUNT; i++) {
            assertThat(grader.take()).as("id number %d", i + 1).isPresent();
        }
        assertThat(grader.take()).as("an id beyond the %d there are", RunUids.COUNT).isEmpty();
    }
}
