package lab.grading;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch is graded.
 *
 * @param features              the facilitator's features directory
 * @param output                where the gradebook and each submission's report go
 * @param parallel              how many submissions run at once
 * @param timeLimit             the wall time one submission's JVM may take
 * @param memory                its heap cap, as {@code -Xmx} takes it ("512m")
 * @param learnerTimeoutSeconds the seconds one learner method may take ({@code -Dkata.timeout} in its JVM)
 * @param regrade               whether submissions already in the gradebook are graded again
 * @param isolation             the isolation asked for ({@code -Dgrade.isolation}: bubblewrap, container,
 *                              separate-user or none), or blank for the strongest this machine offers
 */
public record GradingSettings(Path features, Path output, int parallel, Duration timeLimit, String memory,
                              int learnerTimeoutSeconds, boolean regrade, String isolation) {
}
