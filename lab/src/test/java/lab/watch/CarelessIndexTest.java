package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Careless versions that forget the index where the service would refuse them, although DynamoDB Local would not say
 * why: each fails a scenario of its own exercise with the service's words, and the lab's where they say too little.
 */
class CarelessIndexTest {

    @TempDir
    Path tree;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an inCategory that queries the table by Category | BookRepository.java | '                        .indexName(BooksTable.CATEGORY_INDEX)\n' | '' | 05 | Query condition missed key schema element: Author | Category is the partition key of the index CategoryIndex
            a switch to provisioned that gives the index no throughput | BooksTable.java | '                .globalSecondaryIndexUpdates(indexes.isEmpty() ? null : indexes));' | '                );' | 07 | One or more parameter values were invalid: ProvisionedThroughput is not specified for index: CategoryIndex | CategoryIndex
            """)
    void aVersionThatForgetsTheIndexFailsItsExerciseInTheServicesWords(String careless, String file, String reference,
                                                                       String changed, String exercise, String refusal,
                                                                       String lesson) throws IOException {
        String original = reference.replace("\\n", "\n");
        Path classes = ChangedSolutions.compiled(tree, file, solution -> {
            assertThat(solution).as("the reference %s, to change into %s", file, careless).contains(original);
            return solution.replace(original, changed);
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, exercise);
        assertThat(results).as("exercise %s's scenarios with %s", exercise, careless)
                .anyMatch(result -> result.verdict() == Verdict.FAILED && result.message().contains(refusal)
                        && result.message().contains(lesson));
    }
}
