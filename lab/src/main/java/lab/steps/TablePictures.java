package lab.steps;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import lab.report.DynamoJson;
import lab.report.ScenarioTables;

/**
 * After every scenario, before its clients close: a picture of the tables it left (read by the harness's fixtures,
 * one Scan per table), attached to the scenario for the lab's report (index.html, Books.json).
 * {@code -Dkata.snapshots=false} turns the pictures off.
 */
public class TablePictures {

    private final ScenarioContext context;

    public TablePictures(ScenarioContext context) {
        this.context = context;
    }

    /** Runs before {@link Hooks#closeTheScenariosClients()}: After hooks with a higher order run first. */
    @After(order = 20_000)
    public void pictureTheTablesTheScenarioLeft(Scenario scenario) throws JsonProcessingException {
        if (!context.run().settings().tablePictures()) {
            return;
        }
        ScenarioTables tables;
        try {
            tables = ScenarioTables.take(context.fixtures().client());
        } catch (RuntimeException unexpected) {
            // The picture is an extra: what went wrong is shown in the report instead, and the scenario keeps its result.
            tables = new ScenarioTables(List.of(), "The tables could not be pictured: " + unexpected);
        }
        scenario.attach(DynamoJson.MAPPER.writeValueAsBytes(tables), ScenarioTables.MEDIA_TYPE, "tables");
    }
}
