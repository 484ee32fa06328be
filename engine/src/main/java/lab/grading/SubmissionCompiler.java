package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import lab.backend.KataConfigurationException;

/** Compiles a submission's learner sources, and only those, against the SDK (as Maven compiles the learner's own). */
public final class SubmissionCompiler {

    private static final int ERRORS_KEPT = 10;

    private final HarnessClasspath classpath;

    public SubmissionCompiler(HarnessClasspath classpath) {
        this.classpath = classpath;
    }

    /** Compiles into {@code classes}; the compiler's errors, as {@code bookstore/X.java:12: message}, or none. */
    public List<String> compile(Path sourceRoot, List<Path> sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new KataConfigurationException("Grading compiles submissions, so it needs a JDK, not a JRE: "
                    + "point JAVA_HOME at a JDK 17.");
        }
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(
                    sources.stream().map(sourceRoot::resolve).toList());
            List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-nowarn",
                    "-d", classes.toString(), "-classpath", classpath.forTheSubmission());
            Boolean compiled = javac.getTask(Writer.nullWriter(), files, diagnostics, options, null, units).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR && errors.size() < ERRORS_KEPT) {
                    errors.add(describe(sourceRoot, diagnostic));
                }
            }
            if (!compiled && errors.isEmpty()) {
                errors.add("the compiler failed without saying why");
            }
            return compiled ? List.of() : errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path sourceRoot, Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = "";
        if (diagnostic.getSource() != null) {
            Path file = Path.of(diagnostic.getSource().toUri());
            where = sourceRoot.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/')
                    + ":" + diagnostic.getLineNumber() + ": ";
        }
        return where + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
    }
}
