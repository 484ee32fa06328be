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
 * A point-in-time restore into another region fails exercise 08's rewind there, with its lesson, when it is asked of
 * the source's own region, or names its source by name or by an ARN of the wrong region: each region is a store of its
 * own, as on the service.
 */
class CarelessRegionRestoreTest {

    private static final String ASKED_THERE = "otherRegion.restoreTableToPointInTime(";
    private static final String WAITED_THERE = "awaitRestored(otherRegion, targetTable);";
    private static final String BY_ARN = ".sourceTableArn(sourceTableArn)";
    private static final String THE_ARN = "String sourceTableArn = describe(TABLE_NAME).tableArn();";

    @TempDir
    Path tree;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "asked of the source's own region|none in eu-west-1",
            "named by name|known by its ARN alone, DescribeTable's TableArn in us-east-1",
            "named by an ARN of the other region|Table not found: arn:aws:dynamodb:eu-west-1:"})
    void aCarelessRestoreIntoAnotherRegionFailsWithItsLesson(String careless, String lesson) throws IOException {
        Path classes = ChangedSolutions.compiled(tree, "BooksTable.java", solution -> {
            assertThat(solution).as("the reference restores in the other region, naming its source by its ARN")
                    .contains(ASKED_THERE, WAITED_THERE, BY_ARN, THE_ARN);
            return switch (careless) {
                case "asked of the source's own region" -> solution.replace(ASKED_THERE, "dynamoDb.restoreTableToPointInTime(")
                        .replace(WAITED_THERE, "awaitRestored(dynamoDb, targetTable);");
                case "named by name" -> solution.replace(BY_ARN, ".sourceTableName(TABLE_NAME)");
                default -> solution.replace(THE_ARN,
                        "String sourceTableArn = describe(TABLE_NAME).tableArn().replaceFirst(\":[a-z0-9-]+:(\\\\d{12}):\", \":eu-west-1:$1:\");");
            };
        });
        List<ScenarioResult> results = ChangedSolutions.run(classes, "08");
        assertThat(results).filteredOn(result -> result.name().equals("Rewinding into another region"))
                .singleElement().satisfies(rewind -> {
                    assertThat(rewind.verdict()).as("the rewind into another region, " + careless).isEqualTo(Verdict.FAILED);
                    assertThat(rewind.message()).as("its message").contains("restoreToPointInTimeInRegion", lesson);
                });
        assertThat(results).filteredOn(result -> result.name().equals("Rewinding to the moment before a careless deploy"))
                .singleElement().extracting(ScenarioResult::verdict).as("the rewind in the table's own region")
                .isEqualTo(Verdict.PASSED);
    }
}
