package lab.watch;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class loader of one rerun: child-first for the learner's {@code bookstore} classes and for the harness classes
 * that are linked to them (the steps, the fixtures, the reports) and for the Cucumber engine's own package, which
 * loads the glue through its own class loader. Everything else (the JDK, the AWS SDK, DynamoDB Local, Cucumber's
 * runtime, the JUnit Platform and the harness's shared parts: the backend, the clients, the catalogue) comes from
 * the parent, loaded once and kept warm.
 *
 * <p>{@code bookstore} classes come from the learner's fresh classes only, never from the parent: a tree that does
 * not compile must not be run as some other tree.
 */
final class LearnerClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** Loaded anew for every rerun. */
    private static final List<String> FRESH = List.of("bookstore.", "lab.", "io.cucumber.junit.platform.engine.");

    /** Shared with the watcher, loaded once: the one backend, the shared HTTP client, what lists the exercises. */
    static final List<String> SHARED = List.of("lab.backend.", "lab.client.", "lab.catalogue.", "lab.selection.",
            "lab.watch.");

    private final Path learnerClasses;

    LearnerClassLoader(Path learnerClasses, List<Path> harness, ClassLoader parent) {
        super(urls(learnerClasses, harness), parent);
        this.learnerClasses = learnerClasses;
    }

    Path learnerClasses() {
        return learnerClasses;
    }

    static boolean fresh(String className) {
        return FRESH.stream().anyMatch(className::startsWith) && SHARED.stream().noneMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!fresh(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> found = findLoadedClass(name);
            if (found == null) {
                found = findClass(name);
            }
            if (resolve) {
                resolveClass(found);
            }
            return found;
        }
    }

    /** The parent's resources and this loader's, each once: both see the harness's directories and jars. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Set<URL> distinct = new LinkedHashSet<>(Collections.list(super.getResources(name)));
        return Collections.enumeration(distinct);
    }

    private static URL[] urls(Path learnerClasses, List<Path> harness) {
        return Stream.concat(Stream.of(learnerClasses), harness.stream())
                .map(path -> {
                    try {
                        return path.toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalArgumentException(path.toString(), e);
                    }
                }).toArray(URL[]::new);
    }
}
