package lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import lab.client.Call;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class IndexHtmlCallsTest {

    private static final Call SCAN = new Call("Scan", "Books", null, Call.Access.SCAN, 5, 5, false, true, false, 0, 0,
            1.5, 2, null, null, null);
    private static final Call QUERY = new Call("Query", "Books", "CategoryIndex", Call.Access.QUERY, 3, 3, false, false,
            false, 0, 0, 0.5, 0, null, null, null);
    private static final Call REFUSED = new Call("PutItem", "Books", null, Call.Access.WRITE, 0, 0, false, false, true, 1,
            0, null, 0, "ConditionalCheckFailedException", null, null);

    @Test
    void eachCallIsListedWithWhatItReadAndCostAndHowItEnded() {
        assertThat(SCAN.summaryWithCost()).isEqualTo(
                "Scan on the Books table, 5 items read, 5 answered, strongly consistent, 1.5 capacity units, 2 attempts throttled");
        assertThat(QUERY.summaryWithCost()).isEqualTo("Query on CategoryIndex, 3 items read, 3 answered, 0.5 capacity units");
        assertThat(REFUSED.summaryWithCost()).isEqualTo(
                "PutItem on the Books table, 1 write, conditional, failed with ConditionalCheckFailedException");
        assertThat(SCAN.inRegion("eu-west-1").summaryWithCost()).as("a call to another region than the scenario's")
                .startsWith("Scan on the Books table in eu-west-1, 5 items read");
    }

    @Test
    void aScenarioShowsTheCallsItsLearnerCodeMadeAsText() {
        List<String> calls = List.of(QUERY.summaryWithCost(), "<script>alert(1)</script>");
        Progress progress = Progress.of(List.of(
                new ScenarioResult("05", "Suspense holds three books", 11, Verdict.PASSED, null, null, calls),
                new ScenarioResult("05", "Children holds one book", 20, Verdict.PASSED, null, null)), Set.of(),
                SampleRun.FINISHED);
        Document page = Jsoup.parse(IndexHtml.render(progress));

        Element withCalls = page.selectFirst("article.scenario[data-line=11]");
        assertThat(withCalls).as("the scenario at line 11").isNotNull();
        assertThat(withCalls.select("details.calls li").eachText()).as("the calls listed for it")
                .containsExactly(QUERY.summaryWithCost(), "<script>alert(1)</script>");
        assertThat(page.select("script")).as("a call's text is shown as text, never run").isEmpty();
        assertThat(page.selectFirst("article.scenario[data-line=20]").select("details.calls"))
                .as("a scenario whose code made no call lists none").isEmpty();
    }
}
