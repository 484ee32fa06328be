package lab.report;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestRunFinished;
import lab.backend.KataConfigurationException;
import lab.catalogue.Catalogue;
import lab.selection.ExerciseSelection;

/**
 * The lab's report, a Cucumber plugin: after every run it prints the {@link Board} and writes, under
 * {@code target/kata/}, {@code progress.json}, {@code index.html} and (when a scenario left the lab's table) its
 * NoSQL Workbench model, {@code Books.json}. It only listens: it never runs a scenario, and a report it cannot write costs one line, never
 * a result. With {@code -Dkata.board=deferred} (the learner's {@code mvn test}) it only writes the files: the build's
 * {@link FinalBoard} prints the board once Surefire is done.
 */
public class LabReport extends ScenarioResultPlugin {

    /** {@code print} (the default) or {@code deferred}: whether the board is printed by this plugin or after the build's tests. */
    public static final String BOARD_PROPERTY = "kata.board";

    private final Path directory;
    private final PrintStream out = System.out;
    private final Map<UUID, ScenarioResult> results = new LinkedHashMap<>();
    /** How many scenarios each exercise's feature holds, as Cucumber read them. */
    private final Map<String, Integer> planned = new java.util.concurrent.ConcurrentHashMap<>();

    public LabReport() {
        this(new File("target/kata"));
    }

    /** {@code lab.report.LabReport:some/directory} writes the files there. */
    public LabReport(File directory) {
        this.directory = directory.toPath();
    }

    /**
     * A run stopped before any scenario (a setting that cannot work, a backend that cannot start: its one line is
     * already out) leaves no fresh report, so that the build's last step says the scenarios did not run, rather than
     * drawing a board of exercises "not run" that would pass.
     */
    @Override
    protected void runFinished(TestRunFinished finished) {
        boolean stoppedBeforeAnyScenario = finished.getResult().getError() != null && scenariosFinished() == 0;
        if (!stoppedBeforeAnyScenario) {
            report(finished.getInstant());
        }
    }

    private synchronized int scenariosFinished() {
        return results.size();
    }

    @Override
    protected synchronized void runStarted() {
        results.clear();
    }

    @Override
    protected void featureParsed(io.cucumber.plugin.event.TestSourceParsed parsed) {
        Catalogue.byFeatureUri(parsed.getUri()).ifPresent(exercise -> planned.put(exercise.id(),
                parsed.getNodes().stream().mapToInt(LabReport::scenariosIn).sum()));
    }

    /** The scenarios a feature's node holds: a scenario, each example of an outline, and those of rules and features. */
    static int scenariosIn(io.cucumber.plugin.event.Node node) {
        if (node instanceof io.cucumber.plugin.event.Node.Scenario || node instanceof io.cucumber.plugin.event.Node.Example) {
            return 1;
        }
        if (node instanceof io.cucumber.plugin.event.Node.Container<?> container) {
            return container.elements().stream().mapToInt(LabReport::scenariosIn).sum();
        }
        return 0;
    }

    @Override
    protected synchronized void scenarioFinished(ScenarioResult result, TestCase scenario) {
        if (result.exerciseId() != null) {
            results.put(scenario.getId(), result);
        }
    }

    private synchronized void report(Instant finishedAt) {
        Set<String> selection;
        try {
            selection = ExerciseSelection.configured();
        } catch (KataConfigurationException refused) {
            selection = Set.of();
        }
        List<ScenarioResult> all = new ArrayList<>(results.values());
        Path learnerClasses = lab.learner.LearnerClasspath.learnerClassesOfTheRun().orElse(null);
        String fingerprint = CodeFingerprint.of(learnerClasses).orElse(null);
        Progress progress = Progress.of(all, Map.copyOf(planned), selection, ScenarioChoice.configured(), finishedAt,
                fingerprint, earlier()).withStubsLeftIn(learnerClasses);
        boolean deferred = "deferred".equalsIgnoreCase(System.getProperty(BOARD_PROPERTY, "print").strip());
        if (!deferred) {
            out.print(Board.render(progress, BoardStyle.detect()));
        }
        write(ProgressJson.FILE, () -> ProgressJson.render(progress));
        write(IndexHtml.FILE, () -> IndexHtml.render(progress));
        String table = WorkbenchModel.table();
        Optional<String> model = WorkbenchModel.render(progress, table);
        if (model.isPresent()) {
            write(WorkbenchModel.file(table), model::get);
        } else {
            forget(WorkbenchModel.file(table));
        }
        if (!deferred) {
            out.println(reportsLine(directory, table));
        }
        out.flush();
    }

    /** What the last run wrote, for the exercises this run leaves out; nothing when there is none or it is unreadable. */
    private Optional<Progress> earlier() {
        Path file = directory.resolve(ProgressJson.FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(ProgressJson.read(Files.readString(file))) : Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** "Reports: target/kata/index.html, …": the reports a run left in the directory. */
    static String reportsLine(Path directory, String table) {
        String model = WorkbenchModel.file(table);
        return "Reports: " + String.join(", ", java.util.stream.Stream.of(IndexHtml.FILE, ProgressJson.FILE, model)
                .map(directory::resolve).filter(Files::exists)
                .map(path -> path + (path.endsWith(model) ? " (NoSQL Workbench)" : "")).toList());
    }

    /** What a report says, computed only when it is written. */
    @FunctionalInterface
    private interface Content {
        String text() throws IOException;
    }

    private void write(String file, Content content) {
        Path target = directory.resolve(file);
        try {
            Files.createDirectories(directory);
            Files.writeString(target, content.text());
        } catch (IOException | RuntimeException failed) {
            out.println("The lab could not write " + target + ": " + failed);
        }
    }

    private void forget(String file) {
        try {
            Files.deleteIfExists(directory.resolve(file));
        } catch (IOException failed) {
            out.println("The lab could not remove the stale " + directory.resolve(file) + ": " + failed);
        }
    }
}
