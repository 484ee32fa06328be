package lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The lab's Cucumber settings, {@code cucumber.properties} on the test class path: what the suite {@code lab.RunCucumberTest} and
 * an IDE's run arrow read, and what every launch of the harness's ({@link LabLaunch}) starts from.
 */
public final class LabSettings {

    /** The resource every runner reads. */
    public static final String RESOURCE = "cucumber.properties";
    /** The suite of every scenario: the learner's module's one test class (src/test/java/lab/RunCucumberTest.java). */
    public static final String SUITE = "lab.RunCucumberTest";
    /** The folder of the lab's feature files, at the root of the kata. */
    public static final String FEATURES = "features";
    public static final String PLUGIN = "cucumber.plugin";

    private LabSettings() {
    }

    /** Every setting of {@link #RESOURCE}. */
    public static Map<String, String> all() {
        Properties settings = new Properties();
        try (InputStream in = LabSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (the lab module's lab/src/main/resources)");
            }
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, String> all = new HashMap<>();
        settings.stringPropertyNames().forEach(key -> all.put(key, settings.getProperty(key)));
        return all;
    }
}
