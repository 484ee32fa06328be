package lab.steps;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;

/**
 * The store's clock, which scenarios tagged {@code @lab-clock} set: times of day such as {@code 09:40} and dates such
 * as {@code 14 March 2025}, both on the store's clock, which keeps UTC.
 */
public class ClockSteps {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ScenarioContext context;

    public ClockSteps(ScenarioContext context) {
        this.context = context;
    }

    /** A time of day on the store's clock, {@code 09:40}. */
    @ParameterType("\\d{2}:\\d{2}")
    public LocalTime time(String written) {
        return LocalTime.parse(written);
    }

    /** A day, {@code 14 March 2025}. */
    @ParameterType("\\d{1,2} [A-Z][a-z]+ \\d{4}")
    public LocalDate date(String written) {
        return LocalDate.parse(written, DATE);
    }

    @Given("the store's clock reads {time} on {date}")
    public void theStoresClockReadsOn(LocalTime time, LocalDate date) {
        context.clock().set(date.atTime(time).toInstant(ZoneOffset.UTC));
    }
}
