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
import java.util.concurrent.TimeUnit;

/**
 * A judge JVM that grades submissions in turn: each job is written to its input (see {@link SubmissionRun}), and its
 * console is read line by line into the current job's log and verifier, until that job's signed job-over line. A
 * line that no job is waiting for is dropped.
 */
final class WarmJudge {

    private static final long LOG_LIMIT_BYTES = 2L * 1024 * 1024;
    private static final int LINE_LIMIT = 64 * 1024;

    final SandboxedRun run;
    final Process process;
    private final OutputStream input;
    int jobs;

    private Job current;

    /** One submission's pass through the judge. */
    final class Job {
        private final OutputStream log;
        private final VerdictChannel.Verifier verifier;
        private final List<String> verdicts = new ArrayList<>();
        private long logged;
        private boolean over;

        Job(Path log, String key) throws IOException {
            this.log = Files.newOutputStream(log);
            this.verifier = new VerdictChannel.Verifier(key);
        }
    }

    WarmJudge(SandboxedRun run, Process process) {
        this.run = run;
        this.process = process;
        this.input = process.getOutputStream();
        Thread pump = new Thread(this::pump, "judge-console");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts a job: its line to the judge, its console to {@code log}. */
    synchronized Job start(Path log, JudgeProtocol.Job job) throws IOException {
        current = new Job(log, job.key());
        input.write((job.line() + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
        return current;
    }

    /** Waits for the job to end, the judge to end, or the deadline: whether the job ended. */
    boolean awaitOver(Job job, long deadlineNanos) throws InterruptedException {
        synchronized (this) {
            while (!job.over && process.isAlive()) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)));
            }
        }
        if (!job.over) {
            process.waitFor(5, TimeUnit.SECONDS);
        }
        synchronized (this) {
            return job.over;
        }
    }

    synchronized List<String> verdicts(Job job) {
        return List.copyOf(job.verdicts);
    }

    synchronized void finish(Job job) {
        try {
            job.log.close();
        } catch (IOException ignored) {
            // The log is a convenience.
        }
        if (current == job) {
            current = null;
        }
    }

    private void pump() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int index = 0; index < read; index++) {
                    line.write(buffer[index]);
                    if (buffer[index] == '\n' || line.size() >= LINE_LIMIT) {
                        take(line.toByteArray());
                        line.reset();
                    }
                }
            }
            take(line.toByteArray());
        } catch (IOException ignored) {
            // The judge was stopped.
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private synchronized void take(byte[] line) {
        Job job = current;
        if (job == null) {
            return;
        }
        var verdict = job.verifier.payload(new String(line, StandardCharsets.UTF_8).stripTrailing());
        if (verdict.isPresent()) {
            boolean jobOver = JudgeProtocol.Message.of(JudgeProtocol.read(verdict.get()))
                    .filter(JudgeProtocol.Message.JOB_OVER::equals).isPresent();
            if (jobOver) {
                job.over = true;
                notifyAll();
            } else {
                job.verdicts.add(verdict.get());
            }
            return;
        }
        if (job.logged < LOG_LIMIT_BYTES) {
            line = withControlsShown(line);
            try {
                int kept = (int) Math.min(line.length, LOG_LIMIT_BYTES - job.logged);
                job.log.write(line, 0, kept);
                job.logged += kept;
                if (job.logged == LOG_LIMIT_BYTES) {
                    job.log.write("\n[output cut off here]\n".getBytes(StandardCharsets.UTF_8));
                }
                job.log.flush();
            } catch (IOException ignored) {
                // The log is a convenience.
            }
        }
    }

    /**
     * The line with its control characters (a terminal's escapes among them) shown as {@code \xNN}, so that a
     * facilitator who reads the log in a terminal reads what the submission printed, not what it meant the terminal
     * to do; line ends and tabs stay.
     */
    static byte[] withControlsShown(byte[] line) {
        java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream(line.length);
        for (byte b : line) {
            int unsigned = b & 0xff;
            if ((unsigned < 0x20 && unsigned != '\n' && unsigned != '\r' && unsigned != '\t') || unsigned == 0x7f) {
                shown.writeBytes(String.format(java.util.Locale.ROOT, "\\x%02x", unsigned).getBytes(StandardCharsets.US_ASCII));
            } else {
                shown.write(b);
            }
        }
        return shown.toByteArray();
    }
}
