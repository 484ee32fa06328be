package lab.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Hears a rerun's scenarios finish, and keeps each as the board's {@link ScenarioResult}. */
final class ResultCollector implements TestExecutionListener {

    private final List<ScenarioResult> results = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier scenario, String reason) {
        record(scenario, Verdict.SKIPPED, reason);
    }

    @Override
    public void executionFinished(TestIdentifier scenario, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        String message = thrown == null ? null
                : thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
        switch (result.getStatus()) {
            case SUCCESSFUL -> record(scenario, Verdict.PASSED, null);
            case ABORTED -> record(scenario, Verdict.SKIPPED, message);
            case FAILED -> record(scenario, Verdict.FAILED, message == null ? "failed" : message);
        }
    }

    private synchronized void record(TestIdentifier scenario, Verdict verdict, String message) {
        if (!scenario.isTest()) {
            return;
        }
        Optional<FileSource> file = scenario.getSource().flatMap(ResultCollector::fileSource);
        Optional<Exercise> exercise = file.map(FileSource::getUri).flatMap(Catalogue::byFeatureUri);
        if (exercise.isEmpty()) {
            return;
        }
        int line = file.flatMap(FileSource::getPosition).map(FilePosition::getLine).orElse(0);
        results.add(new ScenarioResult(exercise.get().id(), scenario.getDisplayName(), line, verdict, message, null));
    }

    private static Optional<FileSource> fileSource(TestSource source) {
        return source instanceof FileSource file ? Optional.of(file) : Optional.empty();
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }

}
