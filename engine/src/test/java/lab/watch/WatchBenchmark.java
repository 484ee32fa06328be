package lab.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import lab.run.LabRun;
import lab.backend.KataConfigurationException;
import lab.report.BoardStyle;
import lab.report.Verdict;
import lab.selection.ExerciseSelection;

/**
 * Measures watch mode's rerun: from a save of a learner file to the board redrawn. It copies the reference solutions
 * into a temporary tree, watches it with exercise 03 pinned (so that each rerun runs that exercise's scenarios, and
 * they pass), changes {@code BookRepository.java} once per save and times each save until the board is redrawn.
 *
 * <pre>java -cp TEST_CLASSPATH lab.watch.WatchBenchmark OUT.json [SAVES] [EXERCISE]</pre>
 *
 * Writes {@code {"p2_median_ms", "p2_p90_ms", "samples_ms", ...}} to OUT.json and prints it. SAVES (default 12, at
 * least 10) are measured after 2 warm-up saves.
 */
public final class WatchBenchmark {

    private static final int WARM_UP = 2;
    private static final String SAVED = "bookstore/BookRepository.java";

    private WatchBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = measure(args);
        } catch (KataConfigurationException refused) {
            System.err.println(refused.getMessage());
            status = 2;
        } catch (IOException | InterruptedException | RuntimeException failed) {
            System.err.println("watch benchmark: " + failed);
            status = 1;
        }
        System.exit(status);
    }

    private static int measure(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            throw new KataConfigurationException("Usage: java -cp TEST_CLASSPATH lab.watch.WatchBenchmark OUT.json [SAVES] [EXERCISE]");
        }
        Path output = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        if (saves < 10) {
            throw new KataConfigurationException("Measure at least 10 saves, not " + saves + ".");
        }
        String exercise = args.length > 2 ? args[2] : "03";
        Path root = Path.of("").toAbsolutePath();
        Path tree = Files.createTempDirectory("watch-bench-");
        try {
            Path sources = tree.resolve("src/main/java");
            Trees.copy(root.resolve("solutions/src/main/java"), sources);
            Watcher.Settings settings = new Watcher.Settings(root, sources, tree.resolve("classes"),
                    ExerciseSelection.parse(exercise), Optional.empty(), WatchCommand.runSettings());
            long backendMillis = LabRun.current(settings.run()).startMillis();
            Map<String, Object> results = run(settings, saves, exercise);
            results.put("backend_start_ms", backendMillis);
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            Files.writeString(output, json + "\n");
            System.out.println(json);
            return 0;
        } finally {
            LabRun.stop();
            Trees.delete(tree);
        }
    }

    private static Map<String, Object> run(Watcher.Settings settings, int saves, String exercise)
            throws IOException, InterruptedException {
        BlockingQueue<Watcher.Redraw> redraws = new LinkedBlockingQueue<>();
        PrintStream board = new PrintStream(OutputStream.nullOutputStream());
        try (Watcher watcher = new Watcher(settings, board, BoardStyle.PLAIN)) {
            watcher.onRedraw(redraws::add);
            Thread loop = new Thread(() -> {
                try {
                    watcher.watch();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, "watch-benchmark-loop");
            loop.setDaemon(true);
            loop.start();
            Watcher.Redraw first = next(redraws);
            List<Long> warmUp = new ArrayList<>();
            List<Long> samples = new ArrayList<>();
            List<Long> compiling = new ArrayList<>();
            int scenarios = 0;
            for (int save = 1; save <= WARM_UP + saves; save++) {
                Thread.sleep(250);
                long start = System.nanoTime();
                Files.writeString(settings.sources().resolve(SAVED), "\n// save " + save + "\n",
                        java.nio.file.StandardOpenOption.APPEND);
                Watcher.Redraw redraw = next(redraws);
                long millis = (System.nanoTime() - start) / 1_000_000;
                check(redraw, exercise);
                scenarios = redraw.results().size();
                (save <= WARM_UP ? warmUp : samples).add(millis);
                if (save > WARM_UP) {
                    compiling.add(redraw.compileMillis());
                }
            }
            loop.interrupt();
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("p2_median_ms", percentile(samples, 50));
            results.put("p2_p90_ms", percentile(samples, 90));
            results.put("samples_ms", samples);
            results.put("compile_median_ms", percentile(compiling, 50));
            results.put("warm_up_ms", warmUp);
            results.put("saves", saves);
            results.put("exercise", exercise);
            results.put("scenarios_per_rerun", scenarios);
            results.put("first_run_ms", first.millis());
            results.put("cores", Runtime.getRuntime().availableProcessors());
            return results;
        }
    }

    private static Watcher.Redraw next(BlockingQueue<Watcher.Redraw> redraws) throws InterruptedException {
        Watcher.Redraw redraw = redraws.poll(120, TimeUnit.SECONDS);
        if (redraw == null) {
            throw new IllegalStateException("the watcher redrew nothing within 120 s of a save");
        }
        return redraw;
    }

    /** A rerun counts only if it compiled the save and ran the exercise's scenarios, and they passed. */
    private static void check(Watcher.Redraw redraw, String exercise) {
        if (!redraw.compiled() || redraw.results().isEmpty()
                || redraw.results().stream().anyMatch(result -> result.verdict() == Verdict.FAILED)
                || !Set.copyOf(redraw.ran()).equals(ExerciseSelection.parse(exercise))) {
            throw new IllegalStateException("a rerun did not run exercise " + exercise + " to green: compiled="
                    + redraw.compiled() + ", ran=" + redraw.ran() + ", " + redraw.results());
        }
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> samples, int percent) {
        List<Long> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
