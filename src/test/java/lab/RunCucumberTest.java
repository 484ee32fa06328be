package lab;

import org.junit.platform.suite.api.ConfigurationParametersResource;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The lab: every scenario of every exercise under {@code features/}, against the learner's code, with the settings
 * of {@code cucumber.properties} (which an IDE's run arrow on a feature or scenario reads too).
 * {@code -Dcucumber.features=features/03_find_a_book.feature:16} runs one scenario. It is the one test class of the
 * learner's module, so that an IDE runs it with the learner's classes on the class path; the harness itself
 * (lab/) is built once and never compiled against them.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParametersResource(LabSettings.RESOURCE)
public class RunCucumberTest {
}
