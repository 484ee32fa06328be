package lab.learner;

import java.time.Duration;

import lab.backend.KataConfigurationException;

/** How long one call into the learner's code may take: {@code -Dkata.timeout=SECONDS}, 30 unless set. */
public final class CallLimit {

    /** The property that sets how many seconds a learner method may take. */
    public static final String PROPERTY = "kata.timeout";

    private CallLimit() {
    }

    /** The limit {@code -Dkata.timeout} sets; a value that is not a positive whole number is refused in one line. */
    public static Duration configured() {
        String seconds = System.getProperty(PROPERTY, "30").trim();
        if (!seconds.matches("[1-9][0-9]{0,5}")) {
            throw new KataConfigurationException("-D" + PROPERTY + " is the seconds a learner method may take, "
                    + "a whole number such as 60, not '" + seconds + "'");
        }
        return Duration.ofSeconds(Long.parseLong(seconds));
    }

    /** As the lab's messages say it: {@code 30} or {@code 0.2}. */
    public static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? String.valueOf(duration.toSeconds())
                : String.valueOf(duration.toMillis() / 1000.0);
    }
}
