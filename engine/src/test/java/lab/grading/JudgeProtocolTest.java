package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class JudgeProtocolTest {

    private static final JudgeProtocol.Job JOB = new JudgeProtocol.Job("k3y", "ns7", "http://127.0.0.1:4567",
            "/judge/jobs/ns7/classes", "/judge/jobs/ns7/report.html");

    @Test
    void aJobCrossesAsOneLineAndComesBackWhole() {
        String line = JOB.line();

        assertThat(line).as("a job on the judge's input").doesNotContain("\n").contains("\"protocol\":1");
        assertThat(JudgeProtocol.Job.parse(line)).isEqualTo(JOB);
    }

    @Test
    void aJobOfAnotherVersionOrWithoutAFieldIsRefusedInOneLine() {
        assertThatThrownBy(() -> JudgeProtocol.Job.parse(JOB.line().replace("\"protocol\":1", "\"protocol\":2")))
                .hasMessage("a job of judge protocol 2, where this judge speaks 1: the grader and the judge are of two builds");
        assertThatThrownBy(() -> JudgeProtocol.Job.parse(JOB.line().replace("\"report\"", "\"r\"")))
                .hasMessage("a job without its report");
        assertThatThrownBy(() -> JudgeProtocol.Job.parse("k3y")).hasMessageStartingWith("a job is one line of JSON");
        assertThatThrownBy(() -> JudgeProtocol.Job.parse("[1]")).hasMessage("a job is one JSON object");
    }

    @Test
    void theResultsAreReadByTypeAndVersionAlone() {
        ScenarioRecord passed = new ScenarioRecord("03", "03_find_a_book.feature", 12, "The Firm", ScenarioRecord.PASSED,
                null);
        // A scenario whose name or message says "jobOver" is a scenario: the type decides, not the text.
        ScenarioRecord named = new ScenarioRecord("03", "03_find_a_book.feature", 20, "\"jobOver\"",
                ScenarioRecord.FAILED, "\"runFinished\": true");
        String otherVersion = JudgeProtocol.Message.RUN_FINISHED.payload().replace("\"protocol\":1", "\"protocol\":9");

        ReportedResults reported = ReportedResults.of(List.of(
                JudgeProtocol.Message.SCENARIO.payload(passed),
                JudgeProtocol.Message.SCENARIO.payload(named),
                otherVersion,
                "{\"runFinished\":true}",
                "not json",
                JudgeProtocol.Message.JOB_OVER.payload()));

        assertThat(reported.scenarios()).as("the scenarios reported").containsExactly(passed, named);
        assertThat(reported.runFinished()).as("whether the run's end was reported, by messages of another version "
                + "or of no type only").isFalse();
        assertThat(ReportedResults.of(List.of(JudgeProtocol.Message.RUN_FINISHED.payload())).runFinished())
                .as("the run's end, reported").isTrue();
        assertThat(ReportedResults.of(List.of(JudgeProtocol.Message.RUN_FAILED.payload("no sandbox"))).runFailed())
                .as("why the judge's run could not start, as it said").isEqualTo("no sandbox");
        assertThat(reported.runFailed()).as("why the run could not start, where it did").isNull();
        assertThat(JudgeProtocol.Message.of(JudgeProtocol.read(JudgeProtocol.Message.SCENARIO.payload(named))))
                .as("the type of a scenario named \"jobOver\"").contains(JudgeProtocol.Message.SCENARIO);
    }
}
