package lab.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lab.LabLaunch;
import lab.backend.Capabilities;
import lab.backend.Capability;
import lab.backend.KataConfigurationException;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Every scenario of the facilitator's features, found without running any: what each submission is graded on,
 * so that a scenario a submission never reached (it hung, it exited) still counts against it.
 */
public final class ScenarioPlan {

    private ScenarioPlan() {
    }

    /** The scenarios under the features directory, with those the backend cannot run marked skipped. */
    public static List<PlannedScenario> discover(Path features, Capabilities capabilities) {
        TestPlan plan = LabLaunch.of(features).discover();
        List<PlannedScenario> scenarios = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, capabilities, scenarios);
        }
        if (scenarios.isEmpty()) {
            throw new KataConfigurationException("No scenarios found under " + features
                    + ": grade from the root of the kata, where features/ is.");
        }
        scenarios.sort(Comparator.comparing(PlannedScenario::feature).thenComparingInt(PlannedScenario::line));
        return List.copyOf(scenarios);
    }

    private static void collect(TestPlan plan, TestIdentifier node, Capabilities capabilities,
                                List<PlannedScenario> scenarios) {
        if (node.isTest()) {
            planned(node, capabilities).ifPresent(scenarios::add);
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, capabilities, scenarios);
        }
    }

    private static Optional<PlannedScenario> planned(TestIdentifier test, Capabilities capabilities) {
        TestSource source = test.getSource().orElse(null);
        if (!(source instanceof FileSource file)) {
            return Optional.empty();
        }
        Optional<Exercise> exercise = Catalogue.byFeatureUri(file.getFile().toURI());
        if (exercise.isEmpty()) {
            return Optional.empty();
        }
        int line = file.getPosition().map(FilePosition::getLine).orElse(0);
        String skippedWhy = null;
        for (Capability capability : Capability.values()) {
            if (test.getTags().contains(TestTag.create(capability.tag()))) {
                skippedWhy = capabilities.whyMissing(capability)
                        .map(reason -> "the backend has no " + capability.description() + " (" + reason + ")")
                        .orElse(skippedWhy);
            }
        }
        return Optional.of(new PlannedScenario(exercise.get().id(), file.getFile().getName(), line,
                test.getDisplayName(), skippedWhy));
    }
}
