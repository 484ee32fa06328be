package lab.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lab.LabLaunch;
import lab.LabSettings;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.steps.NotImplemented;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The lab run against the untouched stubs (failsafe puts {@code target/stub-classes} on the class path, not the
 * solutions): every scenario must fail, and fail at a stub of its own exercise. A scenario that passes on the stubs
 * asserts nothing; one that fails anywhere else would blame the learner for the harness.
 */
class StubsFailIT {

    /** What happened to one scenario. */
    private record Outcome(String name, URI feature, TestExecutionResult.Status status, Throwable thrown) {
    }

    /** Scenarios the engine skipped without starting them (none should be), with the reason. */
    private final Map<String, String> skippedBeforeStart = new ConcurrentHashMap<>();

    @Test
    void everyScenarioFailsAtAStubOfItsOwnExercise() {
        ScenarioFilters.whyNotTheWholeLab("the stub check").ifPresent(Assumptions::abort);
        List<String> changed = SourceTrees.changedStubs();
        if (!changed.isEmpty() && System.getenv("CI") == null) {
            Assumptions.abort("Skipped: src/main/java holds your work (" + String.join(", ", changed)
                    + "), not the untouched stubs; this check runs on a pristine tree");
        }
        assertThat(changed).as("stubs in src/main/java that are no longer the untouched stub").isEmpty();

        List<Outcome> outcomes = runTheLab();

        assertThat(outcomes).as("scenarios run against the stubs").isNotEmpty();
        assertThat(outcomes.stream().map(Outcome::feature).map(Catalogue::byFeatureUri).flatMap(Optional::stream)
                .map(Exercise::id).distinct().sorted().toList())
                .as("exercises whose scenarios ran").containsExactlyElementsOf(Catalogue.EXERCISES.stream().map(Exercise::id).toList());
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Optional<Exercise> exercise = Catalogue.byFeatureUri(outcome.feature());
            if (exercise.isEmpty()) {
                problems.add(outcome.name() + ": its feature " + outcome.feature() + " belongs to no exercise");
                continue;
            }
            switch (outcome.status()) {
                case SUCCESSFUL -> problems.add(outcome.name() + ": passed on the stubs, so it asserts nothing a learner must do");
                case ABORTED -> {
                    String reason = outcome.thrown() == null ? "" : outcome.thrown().getMessage();
                    if (reason == null || !reason.startsWith("Skipped: the ")) {
                        problems.add(outcome.name() + ": aborted without a backend capability reason: " + reason);
                    } else {
                        skipped.add(outcome.name() + " — " + reason);
                    }
                }
                case FAILED -> {
                    if (!(outcome.thrown() instanceof NotImplemented)) {
                        problems.add(outcome.name() + ": failed, but not at a stub: " + outcome.thrown());
                    } else if (exercise.get().reachableStubs().stream().map(Catalogue::stubMessage).flatMap(Optional::stream)
                            .noneMatch(stub -> outcome.thrown().getMessage().contains(stub))) {
                        problems.add(outcome.name() + ": failed at a stub its exercise neither owns nor uses: " + outcome.thrown().getMessage());
                    }
                }
            }
        }
        // As rustlings' own check: every method a learner fills in is named by the failure of some scenario of its
        // exercise, so that a stub run shows each one, not only the first a scenario meets.
        for (Exercise exercise : Catalogue.EXERCISES) {
            List<String> said = outcomes.stream()
                    .filter(outcome -> Catalogue.byFeatureUri(outcome.feature()).filter(exercise::equals).isPresent())
                    .filter(outcome -> outcome.thrown() instanceof NotImplemented)
                    .map(outcome -> outcome.thrown().getMessage()).toList();
            for (String stub : exercise.stubs()) {
                if (said.stream().noneMatch(message -> message.contains(exercise.stubMessage(stub)))) {
                    problems.add(stub + ": no scenario of exercise " + exercise.id() + " fails at it, so a learner "
                            + "never sees it named");
                }
            }
        }
        for (Map.Entry<String, String> skip : skippedBeforeStart.entrySet()) {
            problems.add(skip.getKey() + ": skipped before it started (" + skip.getValue() + ")");
        }
        skipped.forEach(line -> System.out.println("skipped on this backend: " + line));
        assertThat(problems).as("scenarios that do not fail at a stub of their own exercise").isEmpty();
    }

    private List<Outcome> runTheLab() {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        LabLaunch.of(Path.of(LabSettings.FEATURES)).reportingTo("message:target/cucumber/stubs.ndjson").execute(new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    outcomes.add(new Outcome(test.getDisplayName(), feature(test), result.getStatus(),
                            result.getThrowable().orElse(null)));
                }
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                skippedBeforeStart.put(test.getDisplayName(), reason);
            }
        });
        return outcomes;
    }

    private static URI feature(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof FileSource file) {
            return file.getFile().toURI();
        }
        return URI.create("unknown:no-feature-file");
    }
}
