package lab.watch;

import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import javax.tools.DiagnosticListener;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

import com.sun.source.util.JavacTask;

/**
 * javac with its context kept from one compilation to the next, as jshell keeps it: the classes it read from the class
 * path (the SDK's, the JDK's) are not read again on every save, which was two thirds of a compilation's time. It is the
 * JDK's {@code com.sun.tools.javac.api.JavacTaskPool}, which a JVM reaches only when started with {@link #FLAGS};
 * elsewhere there is none, and each compilation starts afresh, as javac's public API does.
 *
 * <p>A kept context reports through a diagnostic listener; this one has its log write each compilation's diagnostics
 * as a fresh javac does (its words, its source lines, its count of errors, in the learner's language).
 */
final class ReusedJavacContext {

    /** What the watch JVM's command line says to let it reach the pool and its log. */
    static final List<String> FLAGS = List.of("--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED");

    private final Object pool;
    private final Method getTask;
    private final Method contextOf;
    private final Method logOf;
    private final Field listenerOfTheLog;
    /** The pool's worker: calls the task it is given, as {@link #call} does. */
    private final Object callsTheTask;

    private ReusedJavacContext(Object pool, Method getTask, Class<?> worker, Method contextOf, Method logOf,
                               Field listenerOfTheLog) {
        this.pool = pool;
        this.getTask = getTask;
        this.contextOf = contextOf;
        this.logOf = logOf;
        this.listenerOfTheLog = listenerOfTheLog;
        this.callsTheTask = Proxy.newProxyInstance(worker.getClassLoader(), new Class<?>[] {worker},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "withTask" -> call((JavacTask) arguments[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> "javac task worker";
                });
    }

    /** The pool, where this JVM may reach it. */
    static Optional<ReusedJavacContext> ifReachable() {
        Optional<Module> javac = ModuleLayer.boot().findModule("jdk.compiler");
        Module here = ReusedJavacContext.class.getModule();
        if (javac.isEmpty() || !javac.get().isExported("com.sun.tools.javac.api", here)
                || !javac.get().isOpen("com.sun.tools.javac.util", here)) {
            return Optional.empty();
        }
        try {
            Class<?> poolClass = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
            Class<?> worker = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
            Method getTask = poolClass.getMethod("getTask", Writer.class, JavaFileManager.class,
                    DiagnosticListener.class, Iterable.class, Iterable.class, Iterable.class, worker);
            Method contextOf = Class.forName("com.sun.tools.javac.api.JavacTaskImpl").getMethod("getContext");
            Class<?> log = Class.forName("com.sun.tools.javac.util.Log");
            Method logOf = log.getMethod("instance", Class.forName("com.sun.tools.javac.util.Context"));
            Field listener = log.getDeclaredField("diagListener");
            listener.setAccessible(true);
            return Optional.of(new ReusedJavacContext(poolClass.getConstructor(int.class).newInstance(1), getTask,
                    worker, contextOf, logOf, listener));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notReachable) {
            return Optional.empty();
        }
    }

    /** Compiles these units as {@code javac.getTask(...).call()} would, in the kept context, writing what it says to out. */
    boolean compile(Writer out, JavaFileManager files, List<String> options, Iterable<? extends JavaFileObject> units) {
        try {
            return (Boolean) getTask.invoke(pool, out, files, null, options, null, units, callsTheTask);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (IllegalAccessException refused) {
            throw new IllegalStateException(refused);
        }
    }

    /** Runs the task with its log writing to the task's writer, as a fresh one does, not to a kept context's listener. */
    private boolean call(JavacTask task) throws ReflectiveOperationException {
        listenerOfTheLog.set(logOf.invoke(null, contextOf.invoke(task)), null);
        return task.call();
    }
}
