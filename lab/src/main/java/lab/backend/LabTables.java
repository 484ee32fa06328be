package lab.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lab.fixtures.Fixtures;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tables a run of the lab may create: Books, and every table a feature names ({@code the table "BooksRestored"}).
 * On an endpoint the harness does not own, the run refuses to start where any of them already exists, since it could
 * not tell those tables from its own.
 */
public final class LabTables {

    private static final Pattern NAMED_TABLE = Pattern.compile("table \"([A-Za-z0-9_.-]{3,255})\"");

    private LabTables() {
    }

    /** Books and the tables the features under {@code features} name. */
    public static Set<String> names(Path features) {
        Set<String> names = new TreeSet<>(List.of(Fixtures.BOOKS));
        if (!Files.isDirectory(features)) {
            return names;
        }
        try (Stream<Path> files = Files.list(features)) {
            for (Path feature : files.filter(file -> file.toString().endsWith(".feature")).toList()) {
                Matcher named = NAMED_TABLE.matcher(Files.readString(feature));
                while (named.find()) {
                    names.add(named.group(1));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The features under " + features + " cannot be read", unreadable);
        }
        return names;
    }

    /** Stops the run, in one line, where the endpoint already has a table the lab would create. */
    public static void refuseAnyThatExist(Backend backend, DynamoDbClient client) {
        Set<String> wouldCreate = names(Path.of("features"));
        List<String> existing = client.listTablesPaginator(list -> { }).tableNames().stream()
                .filter(wouldCreate::contains)
                .sorted()
                .toList();
        if (!existing.isEmpty()) {
            throw new KataConfigurationException("The endpoint at " + backend.endpoint() + " already has "
                    + (existing.size() == 1 ? "a table " : "tables ") + String.join(", ", existing)
                    + " that the lab would create; it never touches tables it did not make, so it stops here: delete "
                    + (existing.size() == 1 ? "it" : "them") + " if an earlier run left "
                    + (existing.size() == 1 ? "it" : "them") + ", or use another endpoint, region or account.");
        }
    }
}
