package lab.learner.agent;

import java.util.function.Supplier;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** A CloudWatch client made the first time the learner's code asks for one, and closed with the others. */
public final class CloudWatchOnce implements Supplier<CloudWatchClient>, AutoCloseable {

    private final Supplier<CloudWatchClient> make;
    private CloudWatchClient made;

    public CloudWatchOnce(Supplier<CloudWatchClient> make) {
        this.make = make;
    }

    @Override
    public synchronized CloudWatchClient get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    @Override
    public synchronized void close() {
        if (made != null) {
            made.close();
            made = null;
        }
    }
}
