package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import lab.report.ScenarioResult;
import lab.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Careless versions that forget the index where the service would refuse them, although DynamoDB Local would not say
 * why: each fails a scenario of its own exercise with the service's words, and the lab's where they say too little.
 */
class CarelessIndexTest {

    @TempDir
    Path tree;

    @Test
    void aBrowseThatQueriesTheTableByCategoryIsToldToNameTheIndex() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BookRepository.java", solution -> {
            String index = "                        .indexName(BooksTable.CATEGORY_INDEX)\n";
            assertThat(solution).as("the reference inCategory queries CategoryIndex").contains(index);
            return solution.replace(index, "");
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "05");
        assertThat(results).as("exercise 05's scenarios with an inCategory that queries the table itself")
                .anyMatch(result -> result.verdict() == Verdict.FAILED
                        && result.message().contains("Query condition missed key schema element: Author")
                        && result.message().contains("Category is the partition key of the index CategoryIndex"));
    }

    @Test
    void aSwitchToProvisionedThatGivesTheIndexNoThroughputIsRefusedNamingTheIndex() throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            String indexes = "                .globalSecondaryIndexUpdates(indexes.isEmpty() ? null : indexes));";
            assertThat(solution).as("the reference switchToProvisioned gives each index throughput").contains(indexes);
            return solution.replace(indexes, "                );");
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "07");
        assertThat(results).as("exercise 07's scenarios with a switch that gives the table throughput and not its index")
                .anyMatch(result -> result.verdict() == Verdict.FAILED && result.message().contains(
                        "One or more parameter values were invalid: ProvisionedThroughput is not specified for index: "
                                + "CategoryIndex"));
    }
}
