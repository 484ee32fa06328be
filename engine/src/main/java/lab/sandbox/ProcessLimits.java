package lab.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The util-linux commands that start a program with less than its parent had, as the start of its command line: as
 * another user id with no privileges ({@code setpriv}), or with fewer processes and larger files forbidden
 * ({@code prlimit}). Limits pass on to whatever the program starts, and survive its change of user.
 */
public final class ProcessLimits {

    private ProcessLimits() {
    }

    /** Runs the rest of the line as {@code uid} (its group too), with no supplementary groups and no new privileges. */
    public static List<String> asUser(int uid) {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--");
    }

    /**
     * Runs the rest of the line with at most {@code processes} processes and threads of its user id
     * ({@code RLIMIT_NPROC}, counted over every process of that user, in user namespaces inside too).
     */
    public static List<String> processes(int processes) {
        return prlimit("--nproc=" + processes);
    }

    /** As {@link #processes}, and no file written larger than {@code fileBytes} ({@code RLIMIT_FSIZE}). */
    public static List<String> processesAndFileSize(int processes, long fileBytes) {
        return prlimit("--nproc=" + processes, "--fsize=" + fileBytes);
    }

    private static List<String> prlimit(String... limits) {
        List<String> line = new java.util.ArrayList<>(List.of("prlimit"));
        line.addAll(List.of(limits));
        line.add("--");
        return List.copyOf(line);
    }

    /** Whether {@code prlimit} is on this JVM's PATH: on Linux, where util-linux is; not on macOS or Windows. */
    public static boolean onThisMachine() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "prlimit")).anyMatch(Files::isExecutable);
    }

    /**
     * How many processes and threads this JVM's user id has now, the machine over ({@code RLIMIT_NPROC} counts them
     * all): a desktop's browser and editor may hold a thousand. Read from {@code /proc}; 0 where there is none.
     */
    public static int ofThisUser() {
        Path proc = Path.of("/proc");
        String uid = realUid(proc.resolve("self/status"));
        if (uid == null) {
            return 0;
        }
        int tasks = 0;
        try (java.util.stream.Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("[0-9]+")).toList()) {
                tasks += threadsOf(process.resolve("status"), uid);
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            return tasks;
        }
        return tasks;
    }

    /** The real user id in a {@code /proc/PID/status}, or null where it cannot be read. */
    private static String realUid(Path status) {
        try {
            return field(Files.readAllLines(status), "Uid:");
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The threads of the process whose status this is, if its real user id is {@code uid}; else 0. */
    private static int threadsOf(Path status, String uid) {
        try {
            List<String> lines = Files.readAllLines(status);
            if (!uid.equals(field(lines, "Uid:"))) {
                return 0;
            }
            String threads = field(lines, "Threads:");
            return threads == null ? 1 : Integer.parseInt(threads);
        } catch (java.io.IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The first value of the {@code /proc} status line that starts with {@code name}, or null where there is none. */
    private static String field(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.split("\\s+")[1]).orElse(null);
    }
}
