package lab.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import lab.run.LabRun;
import lab.run.RunSettings;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import lab.learner.CallLimit;
import lab.learner.LearnerClasspath;
import lab.learner.Learners;
import lab.report.Board;
import lab.report.BoardStyle;
import lab.report.Progress;
import lab.report.ProgressJson;
import lab.report.ScenarioResult;

/**
 * Watch mode's loop: on every save, compile the learner's tree, rerun the exercise in progress (every exercise once
 * it passes, or the exercises pinned with {@code -Dkata.exercise}) and redraw the board. A tree that does not compile
 * is shown as the compiler says it, and the watcher waits for the next save; nothing a rerun does ends the loop.
 */
final class Watcher implements AutoCloseable {

    /** What one redraw showed, how long it took from the save, and how much of that was compiling. */
    record Redraw(List<String> ran, boolean compiled, long millis, long compileMillis, List<ScenarioResult> results) {
    }

    private final Settings settings;
    private final PrintStream out;
    private final BoardStyle style;
    private final LearnerCompiler compiler;
    private final Rerun rerun;
    /** Rounds a learner JVM serves at most before the watcher replaces it with a fresh one. */
    static final int ROUNDS_PER_LEARNER_JVM = 25;

    /** Where the learner's code runs: warm learner JVMs, renewed every {@link #ROUNDS_PER_LEARNER_JVM} rounds. */
    private final Learners learners = Learners.inLearnerJvms(CallLimit.configured());
    private final Standings standings = new Standings();
    private final List<Consumer<Redraw>> listeners = new ArrayList<>();
    private int scenariosOnThisStore;
    private int rounds;

    /**
     * Scenarios after which the watcher starts a fresh DynamoDB Local: it keeps every scenario's database, and four
     * threads with each, until it stops. Idle, 100 such databases took 8% of a core, 400 took 28% (1,610 threads),
     * which a learner's machine spends however long the learner thinks; a fresh store, between saves, took 80–100 ms.
     */
    static final int SCENARIOS_PER_STORE = 100;

    /**
     * @param projectRoot where {@code features/} are
     * @param sources     the learner's source tree, watched and compiled
     * @param work        where each generation of the learner's classes is compiled
     * @param pinned      the exercises every rerun runs ({@code -Dkata.exercise}); empty: the exercise in progress
     * @param reports     where {@code progress.json} is kept up to date, if anywhere
     * @param run         what the run starts with, each time the store is renewed
     */
    record Settings(Path projectRoot, Path sources, Path work, Set<String> pinned, Optional<Path> reports,
                    RunSettings run) {

        Settings {
            pinned = Set.copyOf(pinned);
        }
    }

    Watcher(Settings settings, PrintStream out, BoardStyle style) {
        this.settings = settings;
        this.out = out;
        this.style = style;
        this.compiler = new LearnerCompiler(settings.sources(), settings.work(),
                String.join(java.io.File.pathSeparator, LearnerClasspath.sdk()));
        this.rerun = new Rerun(settings.projectRoot());
        learners.jvms().prestart(2);
    }

    void onRedraw(Consumer<Redraw> listener) {
        listeners.add(listener);
    }

    /** Runs once now, then once per save, until interrupted or the source tree can no longer be watched. */
    void watch() throws InterruptedException {
        try (Saves saves = Saves.under(settings.sources())) {
            rerun("start", System.nanoTime());
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = saves.awaitChange();
                rerun(String.join(", ", changed) + " changed", System.nanoTime());
            }
        } catch (IOException | java.nio.file.ClosedWatchServiceException stopped) {
            out.println("Stopped watching " + settings.sources() + ": " + stopped.getMessage());
        }
    }

    /** One round: compile, run, redraw. {@code since} is when the save was seen, in {@link System#nanoTime()}. */
    Redraw rerun(String why, long since) {
        Redraw redraw;
        try {
            redraw = round(since);
        } catch (RuntimeException | LinkageError unexpected) {
            // Whatever broke, the learner is told in one paragraph and the watcher waits for the next save.
            out.println("The rerun could not finish: " + unexpected + "\nSave again to retry.");
            redraw = new Redraw(List.of(), true, elapsed(since), 0, List.of());
        }
        List<String> stopped = learners.jvms().stoppedCalls();
        if (!stopped.isEmpty()) {
            out.println(dim("Stopped the learner JVM of " + stopped.size() + " call(s) that overran the time limit or "
                    + "ended it: " + String.join(", ", stopped)));
        }
        // Warm learner JVMs serve the next save too: each save's classes load anew in each call, and a JVM whose call
        // overran, exited or left a thread running is already gone. Now and then they are all replaced anyway, so that
        // the class loaders of many saves do not pile up in them.
        if (++rounds % ROUNDS_PER_LEARNER_JVM == 0) {
            learners.jvms().renew();
        }
        out.println(dim(status(why, redraw)));
        out.flush();
        for (Consumer<Redraw> listener : listeners) {
            listener.accept(redraw);
        }
        renewTheStoreAfterManyScenarios(redraw.results().size());
        // While the learner edits, the namespaces the next rerun's scenarios start from are made ready.
        LabRun.current(settings.run()).prepareAhead();
        return redraw;
    }

    /** Between saves, once enough scenarios have run on it, DynamoDB Local is replaced by a fresh one. */
    private void renewTheStoreAfterManyScenarios(int scenarios) {
        scenariosOnThisStore += scenarios;
        if (scenariosOnThisStore >= SCENARIOS_PER_STORE && LabRun.started()) {
            LabRun.renew();
            scenariosOnThisStore = 0;
        }
    }

    private Redraw round(long since) {
        LabRun.current(settings.run()).stopPreparingAhead();
        LearnerCompiler.Outcome compiled = compiler.compile();
        long compileMillis = elapsed(since);
        if (compiled.classes().isEmpty()) {
            clearScreen();
            out.println(bold("Your code does not compile; the compiler says:"));
            out.println();
            out.println(compiled.compilerSays());
            out.println();
            return new Redraw(List.of(), false, elapsed(since), compileMillis, List.of());
        }
        learners.useClasses(compiled.classes().get());
        List<Exercise> chosen = chosen();
        List<ScenarioResult> results = new ArrayList<>(run(chosen));
        standings.update(chosen, results);
        List<String> ran = new ArrayList<>(ids(chosen));
        if (settings.pinned().isEmpty() && chosen.size() == 1 && standings.done(chosen.get(0))) {
            // The exercise in progress passes: everything runs once, to find the next one and catch what broke.
            results = run(List.of());
            standings.update(List.of(), results);
            ran = List.of("all");
        }
        Progress progress = standings.progress(settings.pinned()).withStubsLeftIn(compiled.classes().get());
        clearScreen();
        out.print(Board.render(progress, style));
        settings.reports().ifPresent(reports -> writeProgress(reports, progress));
        return new Redraw(ran, true, elapsed(since), compileMillis, List.copyOf(results));
    }

    /** The scenarios of these exercises, with the watcher's learner JVMs as the run's. */
    private List<ScenarioResult> run(List<Exercise> exercises) {
        return LabRun.current(settings.run()).withLearners(learners, () -> rerun.run(exercises));
    }

    /**
     * The pinned exercises; else, on the first round, all of them (the board starts complete); else the exercise in
     * progress; else (nothing left to do) all of them.
     */
    List<Exercise> chosen() {
        if (!settings.pinned().isEmpty()) {
            return Catalogue.EXERCISES.stream().filter(exercise -> settings.pinned().contains(exercise.id())).toList();
        }
        if (standings.empty()) {
            return List.of();
        }
        return standings.inProgress().map(List::of).orElse(List.of());
    }

    private static List<String> ids(List<Exercise> exercises) {
        return exercises.isEmpty() ? List.of("all") : exercises.stream().map(Exercise::id).toList();
    }

    private String status(String why, Redraw redraw) {
        String what = !redraw.compiled() ? "compiled with errors"
                : "ran " + (redraw.ran().equals(List.of("all")) ? "every exercise" : "exercise " + String.join(", ", redraw.ran()))
                        + " (" + redraw.results().size() + " scenarios)";
        Path root = settings.projectRoot().toAbsolutePath();
        Path sources = settings.sources().toAbsolutePath();
        return "[watch] " + why + ": " + what + " in " + redraw.millis() + " ms. Watching "
                + (sources.startsWith(root) ? root.relativize(sources) : sources) + " for saves; Ctrl-C stops.";
    }

    private String dim(String text) {
        return style.colour() ? "\u001B[2m" + text + "\u001B[0m" : text;
    }

    private String bold(String text) {
        return style.colour() ? "\u001B[1m" + text + "\u001B[0m" : text;
    }

    private void clearScreen() {
        if (style.colour()) {
            out.print("\u001B[H\u001B[2J");
        } else {
            out.println();
            out.println("-".repeat(100));
        }
    }

    private void writeProgress(Path reports, Progress progress) {
        Path file = reports.resolve("progress.json");
        try {
            Files.createDirectories(reports);
            Files.writeString(file, ProgressJson.render(progress));
        } catch (IOException | RuntimeException failed) {
            out.println("The watcher could not write " + file + ": " + failed);
        }
    }

    private static long elapsed(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        rerun.close();
        learners.close();
        compiler.close();
    }
}
