package lab.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A submission JVM's console, read by the grader: the genuine verdict lines (see {@link VerdictChannel}) are taken
 * out, and the rest goes to the log, up to a limit; past it, it is read and dropped so the JVM never blocks.
 */
final class Console {

    private static final long LOG_LIMIT_BYTES = 2L * 1024 * 1024;
    /** A console line longer than this is no verdict: it goes to the log in pieces. */
    private static final int LINE_LIMIT = 64 * 1024;

    private final InputStream console;
    private final Path log;
    private final VerdictChannel.Verifier verifier;
    private final List<String> verdicts = new ArrayList<>();
    private long logged;

    Console(InputStream console, Path log, VerdictChannel.Verifier verifier) {
        this.console = console;
        this.log = log;
        this.verifier = verifier;
    }

    /** Reads the console to its end. */
    void copy() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = console; OutputStream out = Files.newOutputStream(log)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int index = 0; index < read; index++) {
                    line.write(buffer[index]);
                    if (buffer[index] == '\n' || line.size() >= LINE_LIMIT) {
                        take(line.toByteArray(), out);
                        line.reset();
                    }
                }
            }
            take(line.toByteArray(), out);
        } catch (IOException ignored) {
            // The JVM was stopped mid-write: what reached the log is kept.
        }
    }

    synchronized List<String> verdicts() {
        return List.copyOf(verdicts);
    }

    private void take(byte[] line, OutputStream out) throws IOException {
        var verdict = verifier.payload(new String(line, StandardCharsets.UTF_8).stripTrailing());
        if (verdict.isPresent()) {
            synchronized (this) {
                verdicts.add(verdict.get());
            }
            return;
        }
        if (logged < LOG_LIMIT_BYTES) {
            int kept = (int) Math.min(line.length, LOG_LIMIT_BYTES - logged);
            out.write(line, 0, kept);
            logged += kept;
            if (logged == LOG_LIMIT_BYTES) {
                out.write("\n[output cut off here]\n".getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }
    }
}
