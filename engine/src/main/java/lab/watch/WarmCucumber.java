package lab.watch;

import static io.cucumber.core.runtime.SynchronizedEventBus.synchronize;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.cucumber.core.eventbus.EventBus;
import io.cucumber.core.eventbus.IncrementingUuidGenerator;
import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.options.CucumberPropertiesParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.resource.Resource;
import io.cucumber.core.runtime.BackendServiceLoader;
import io.cucumber.core.runtime.CucumberExecutionContext;
import io.cucumber.core.runtime.ExitStatus;
import io.cucumber.core.runtime.ObjectFactoryServiceLoader;
import io.cucumber.core.runtime.ObjectFactorySupplier;
import io.cucumber.core.runtime.ThreadLocalObjectFactorySupplier;
import io.cucumber.core.runtime.ThreadLocalRunnerSupplier;
import io.cucumber.core.runtime.TimeServiceEventBus;
import io.cucumber.plugin.ConcurrentEventListener;

/**
 * Cucumber, loaded once for a whole watch session: its runners and their threads are kept from one rerun to the next.
 *
 * <p>A launch through the JUnit Platform ({@link lab.LabLaunch}) builds Cucumber anew each time: a runner for each of
 * its threads, each of which scans the glue and builds an expression for every step definition (about 140) before its
 * first scenario. On two cores that took a rerun of exercise 03's 16 scenarios 60 to 80 ms before the first of them
 * started. Here each thread builds its runner once, and a rerun starts its scenarios at once, the longest first
 * ({@link LongestFirst}): a rerun lasts about as long as its longest scenario.
 *
 * <p>It runs what the suite runs: the same glue, object factory and parallelism ({@code cucumber.properties}), one
 * scenario per thread at a time, with the run's before-all and after-all hooks. Its events go to the listeners it was
 * made with, and to nothing else: no report plugins.
 */
final class WarmCucumber implements AutoCloseable {

    private final EventBus bus;
    private final ExitStatus exitStatus;
    private final ThreadLocalRunnerSupplier runners;
    private final ExecutorService threads;
    private final FeatureParser parser;
    private final LongestFirst order = new LongestFirst();

    /** Cucumber with these settings ({@code cucumber.properties}), telling {@code listeners} what happens. */
    WarmCucumber(Map<String, String> settings, List<ConcurrentEventListener> listeners) {
        RuntimeOptions options = new CucumberPropertiesParser().parse(settings).build();
        IncrementingUuidGenerator ids = new IncrementingUuidGenerator();
        bus = synchronize(new TimeServiceEventBus(Clock.systemUTC(), ids));
        exitStatus = new ExitStatus(options);
        exitStatus.setEventPublisher(bus);
        order.setEventPublisher(bus);
        listeners.forEach(listener -> listener.setEventPublisher(bus));
        ClassLoader classLoader = WarmCucumber.class.getClassLoader();
        ObjectFactorySupplier objectFactories = new ThreadLocalObjectFactorySupplier(
                new ObjectFactoryServiceLoader(() -> classLoader, options));
        runners = new ThreadLocalRunnerSupplier(options, bus, new BackendServiceLoader(() -> classLoader, objectFactories),
                objectFactories);
        AtomicInteger made = new AtomicInteger();
        threads = Executors.newFixedThreadPool(parallelism(settings), task -> {
            Thread thread = new Thread(task, "lab-scenario-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        parser = new FeatureParser(ids::generateId);
    }

    /** The suite's parallelism: one thread where it runs scenarios one at a time. */
    private static int parallelism(Map<String, String> settings) {
        if (!Boolean.parseBoolean(settings.get(PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME))) {
            return 1;
        }
        String fixed = settings.getOrDefault(PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME, "");
        return fixed.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(fixed) : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs every scenario of these feature files and returns once all have finished. A rerun that is interrupted
     * stops its scenarios where they are (their learner calls are stopped by their own limits) and returns.
     */
    void run(List<Path> featureFiles) {
        List<Feature> features = featureFiles.stream().flatMap(file -> parse(file).stream()).toList();
        CucumberExecutionContext context = new CucumberExecutionContext(bus, exitStatus, runners);
        context.runFeatures(() -> {
            List<Pickle> pickles = new ArrayList<>();
            for (Feature feature : features) {
                context.beforeFeature(feature);
                pickles.addAll(feature.getPickles());
            }
            List<Future<?>> running = new ArrayList<>();
            for (Pickle pickle : order.sorted(pickles)) {
                running.add(threads.submit(() -> context.runTestCase(runner -> runner.runPickle(pickle))));
            }
            awaitAll(running);
        });
    }

    private static void awaitAll(List<Future<?>> running) {
        for (Future<?> scenario : running) {
            try {
                scenario.get();
            } catch (ExecutionException thrown) {
                // The context has it already: it throws it once the run's end is told.
            } catch (InterruptedException stopped) {
                running.forEach(each -> each.cancel(true));
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The feature a file holds; none for a file that holds no feature (an empty one, say), as Cucumber has it. */
    private Optional<Feature> parse(Path file) {
        Resource resource = new Resource() {
            @Override
            public URI getUri() {
                return file.toUri();
            }

            @Override
            public InputStream getInputStream() throws IOException {
                return Files.newInputStream(file);
            }
        };
        return parser.parseResource(resource);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
