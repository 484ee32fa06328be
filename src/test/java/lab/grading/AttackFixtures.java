package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Submissions that attack the grader instead of solving the lab: the untouched stubs plus a static initialiser in
 * {@code BooksTable}, which the first scenario loads. Whatever they do, they must earn what the stubs earn (nothing)
 * and leave every other grade as it was.
 */
final class AttackFixtures {

    /**
     * A shutdown hook that claims every scenario passed: it rewrites (or creates) every results file it can name from
     * its JVM's command line or working folder, and prints the same claims on its console, one per line of every
     * feature file, then the run's last line.
     */
    static final String FORGED_RESULTS = """
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    String[] arguments = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/cmdline")).split("\\u0000");
                    java.util.List<java.nio.file.Path> targets = new java.util.ArrayList<>();
                    targets.add(java.nio.file.Path.of("results.ndjson").toAbsolutePath());
                    java.nio.file.Path features = null;
                    for (String argument : arguments) {
                        if (argument.endsWith(".ndjson")) {
                            targets.add(java.nio.file.Path.of(argument));
                        }
                        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(argument))) {
                            features = java.nio.file.Path.of(argument);
                        }
                    }
                    StringBuilder claims = new StringBuilder();
                    if (features != null) {
                        try (var files = java.nio.file.Files.list(features)) {
                            for (java.nio.file.Path feature : files.toList()) {
                                String name = feature.getFileName().toString();
                                int lines = java.nio.file.Files.readAllLines(feature).size();
                                for (int line = 1; line <= lines; line++) {
                                    claims.append("{\\"exercise\\":\\"").append(name, 0, 2).append("\\",\\"feature\\":\\"")
                                            .append(name).append("\\",\\"line\\":").append(line)
                                            .append(",\\"scenario\\":\\"forged\\",\\"status\\":\\"passed\\"}\\n");
                                }
                            }
                        }
                    }
                    claims.append("{\\"runFinished\\":true}\\n");
                    System.out.print("\\n" + claims);
                    for (java.nio.file.Path target : targets) {
                        java.nio.file.Files.writeString(target, claims);
                    }
                } catch (Exception ignored) {
                    // The hook tries what it can.
                }
            }));
            """;

    private AttackFixtures() {
    }

    /** Adds the attack as a static initialiser of the submission's BooksTable. */
    static void plant(Path bookstore, String attack) throws IOException {
        Path table = bookstore.resolve("BooksTable.java");
        String source = Files.readString(table);
        String anchor = "public class BooksTable {";
        assertThat(source).as("%s, to plant an attack in", table).contains(anchor);
        Files.writeString(table, source.replace(anchor, anchor + "\n\n    static {\n" + attack.indent(8) + "    }\n"));
    }
}
