package lab.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import lab.LabSettings;
import lab.backend.KataConfigurationException;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** -Dkata.exercise: which scenarios a run keeps, discovered by the Cucumber engine over the real features. */
class ExerciseSelectionTest {

    @Test
    void oneIdOrSeveralSeparatedByCommas() {
        assertThat(ExerciseSelection.parse("03")).as("-Dkata.exercise=03").containsExactly("03");
        assertThat(new TreeSet<>(ExerciseSelection.parse("03,05"))).as("-Dkata.exercise=03,05").containsExactly("03", "05");
        assertThat(new TreeSet<>(ExerciseSelection.parse(" 3, 05 "))).as("-Dkata.exercise=' 3, 05 '").containsExactly("03", "05");
        assertThat(ExerciseSelection.parse("")).as("an empty -Dkata.exercise, every exercise").isEmpty();
        assertThat(ExerciseSelection.parse(null)).as("no -Dkata.exercise, every exercise").isEmpty();
    }

    @Test
    void anUnknownIdIsRefusedInOneLineThatSaysWhatToType() {
        assertThatThrownBy(() -> ExerciseSelection.parse("03,42")).as("-Dkata.exercise=03,42")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessage("-Dkata.exercise=03,42: there is no exercise '42'; use ids " + Catalogue.idRange()
                        + ", one or several separated"
                        + " by commas, e.g. -Dkata.exercise=03,05")
                .hasNoCause();
        assertThat(new KataConfigurationException("x").getStackTrace()).as("the refusal's stack trace").isEmpty();
    }

    @Test
    void oneExerciseKeepsExactlyItsScenarios() {
        List<String> features = scenarioFeatures(new ExerciseFilter(Set.of("03")));

        assertThat(features).as("the features of the scenarios -Dkata.exercise=03 keeps")
                .isNotEmpty().containsOnly(feature("03"));
        assertThat(features).as("the scenarios -Dkata.exercise=03 keeps, against all of exercise 03's")
                .hasSameSizeAs(scenarioFeatures(ExerciseFilter.forSetting("")).stream().filter(feature("03")::equals).toList());
    }

    @Test
    void twoExercisesKeepTheScenariosOfBoth() {
        List<String> features = scenarioFeatures(ExerciseFilter.forSetting("03,05"));

        assertThat(new TreeSet<>(features)).as("the features of the scenarios -Dkata.exercise=03,05 keeps")
                .containsExactly(feature("03"), feature("05"));
    }

    @Test
    void noSettingKeepsEveryExercise() {
        assertThat(new TreeSet<>(scenarioFeatures(ExerciseFilter.forSetting(null))))
                .as("the features of the scenarios a run without -Dkata.exercise keeps")
                .containsExactlyElementsOf(Catalogue.EXERCISES.stream().map(Exercise::feature).toList());
    }

    @Test
    void anUnknownIdKeepsNoScenarioAndSaysWhy() {
        ExerciseFilter filter = ExerciseFilter.forSetting("42");

        assertThat(scenarioFeatures(filter)).as("the scenarios -Dkata.exercise=42 keeps").isEmpty();
    }

    @Test
    void oneScenarioByFileAndLineIsKeptAloneAndTheExerciseFilterStillApplies() {
        String rainmaker = feature("03") + ":16";

        List<String> features = scenarioFeatures(ExerciseFilter.forSetting(null), rainmaker);

        assertThat(features).as("the scenarios -Dcucumber.features=" + rainmaker + " selects").containsExactly(feature("03"));
        assertThat(scenarioFeatures(ExerciseFilter.forSetting("03"), rainmaker))
                .as("the same with -Dkata.exercise=03").containsExactly(feature("03"));
        assertThat(scenarioFeatures(ExerciseFilter.forSetting("05"), rainmaker))
                .as("the same with -Dkata.exercise=05, which it is not part of").isEmpty();
    }

    private static String feature(String id) {
        return Catalogue.byId(id).orElseThrow().feature();
    }

    /** The feature file of every scenario the filter keeps, one entry per scenario. */
    private static List<String> scenarioFeatures(PostDiscoveryFilter filter) {
        return scenarioFeatures(filter, null);
    }

    /** The same, with {@code cucumber.features} set (FILE:LINE selects one scenario) unless it is null. */
    private static List<String> scenarioFeatures(PostDiscoveryFilter filter, String cucumberFeatures) {
        Map<String, String> settings = new HashMap<>(LabSettings.all());
        if (cucumberFeatures != null) {
            settings.put("cucumber.features", cucumberFeatures);
        }
        LauncherConfig discoveryOnly = LauncherConfig.builder().enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false).build();
        TestPlan plan = LauncherFactory.create(discoveryOnly).discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(new File("features")))
                .filters(EngineFilter.includeEngines("cucumber"), filter)
                .configurationParameters(settings)
                .build());
        List<String> features = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            plan.getDescendants(root).stream().filter(TestIdentifier::isTest)
                    .forEach(scenario -> features.add(scenario.getSource().flatMap(ExerciseFilter::featureUri)
                            .flatMap(Catalogue::byFeatureUri).map(Exercise::feature).orElse("(no exercise) " + scenario.getSource())));
        }
        return features;
    }
}
