package lab.watch.glue;

import io.cucumber.java.en.Given;

/** The glue of {@code WarmCucumberTest}: scenarios that take as long as they say. */
public class TimedSteps {

    @Given("it takes {int} ms")
    public void itTakesMs(int millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
