package lab.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lab.fixtures.Book;
import lab.endpoint.LabNamespace;
import lab.run.LabRun;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A run for the report tests to draw: a few scenarios of exercises 01, 03, 05 and 08 with every verdict, and the
 * tables a scenario really left in DynamoDB Local (the Books table with CategoryIndex, the five books and one book
 * without a category), pictured by the same code that pictures a scenario's tables.
 */
final class SampleRun {

    /** A book with no category: CategoryIndex does not hold it. */
    static final Book UNCATEGORISED = new Book("Anonymous", "Beowulf", Map.of("Paperback", "B3OWULF1"));

    /** The failure message of exercise 03's failing scenario: markup in it must be shown as text. */
    static final String FAILURE = "find(\"John Grisham\", \"The Firm\") answered <nothing>\n"
            + "expected the book stored under that key";

    static final Instant FINISHED = Instant.parse("2026-03-01T09:30:00Z");

    private SampleRun() {
    }

    /** The tables a scenario of exercise 05 leaves: Books with CategoryIndex, six books. */
    static ScenarioTables booksWithCategoryIndex() {
        LabRun run = LabRun.current();
        LabNamespace namespace = run.openNamespace();
        try (DynamoDbClient client = run.harnessClient(namespace)) {
            Fixtures fixtures = new Fixtures(client);
            fixtures.createBooksTable();
            List<Book> books = new ArrayList<>(Library.FIVE_BOOKS);
            books.add(UNCATEGORISED);
            fixtures.put(books);
            fixtures.addCategoryIndex();
            return ScenarioTables.take(fixtures.client());
        } finally {
            run.closeNamespace(namespace);
        }
    }

    static Progress progress(ScenarioTables tables, Set<String> selection) {
        List<ScenarioResult> results = List.of(
                new ScenarioResult("01", "Creating the Books table", 7, Verdict.PASSED, null, null),
                new ScenarioResult("03", "The Rainmaker by John Grisham", 9, Verdict.PASSED, null, null),
                new ScenarioResult("03", "The Firm by John Grisham", 14, Verdict.FAILED, FAILURE, tables),
                new ScenarioResult("05", "Suspense holds three books", 11, Verdict.PASSED, null, tables),
                new ScenarioResult("08", "A backup restores the books", 6, Verdict.SKIPPED,
                        "Skipped: the embedded backend has no on-demand backups (DynamoDB Local)", null));
        return Progress.of(results.stream().filter(result -> selection.isEmpty() || selection.contains(result.exerciseId()))
                .toList(), selection, FINISHED);
    }
}
