package lab.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lab.LabSettings;
import lab.catalogue.Catalogue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tables a run of the lab may create: every table a feature names ({@code the Books table}, {@code the table
 * "BooksRestored"}).
 * On an endpoint the harness does not own, the run refuses to start where any of them already exists, since it could
 * not tell those tables from its own.
 */
public final class LabTables {

    private static final Pattern NAMED_TABLE =
            Pattern.compile("table \"([A-Za-z0-9_.-]{3,255})\"|\\bthe ([A-Z][A-Za-z0-9_.-]{2,254}) table\\b");

    private LabTables() {
    }

    /** The lab's features: the folder {@code features} beside its catalogue. */
    public static Path features() {
        Path catalogue = Catalogue.file().toAbsolutePath().getParent();
        return catalogue == null ? Path.of(LabSettings.FEATURES) : catalogue.resolve(LabSettings.FEATURES);
    }

    /** The lab's table: the one its features name most ({@code the Books table}); "Table" where they name none. */
    public static String main(Path features) {
        Map<String, Integer> mentions = new HashMap<>();
        forEachMention(features, name -> mentions.merge(name, 1, Integer::sum));
        return mentions.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("Table");
    }

    /** The tables the features under {@code features} name. */
    public static Set<String> names(Path features) {
        Set<String> names = new TreeSet<>();
        forEachMention(features, names::add);
        return names;
    }

    private static void forEachMention(Path features, Consumer<String> mention) {
        if (!Files.isDirectory(features)) {
            return;
        }
        try (Stream<Path> files = Files.list(features)) {
            for (Path feature : files.filter(file -> file.toString().endsWith(".feature")).toList()) {
                Matcher named = NAMED_TABLE.matcher(Files.readString(feature));
                while (named.find()) {
                    mention.accept(named.group(1) != null ? named.group(1) : named.group(2));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The features under " + features + " cannot be read", unreadable);
        }
    }

    /** Stops the run, in one line, where the endpoint already has a table the lab would create. */
    public static void refuseAnyThatExist(Backend backend, DynamoDbClient client) {
        Set<String> wouldCreate = names(features());
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
