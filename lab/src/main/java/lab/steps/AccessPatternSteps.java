package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import lab.learner.AnswerType;
import lab.fixtures.Book;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.patterns.AccessPatterns;
import lab.client.Call;
import lab.client.CapacityProbe;
import lab.client.Faults;
import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * How the learner's code reached the store, not only what it answered: the calls its client recorded, what they
 * cost, and how it copes with a busy store (faults the lab endpoint injects).
 */
public class AccessPatternSteps {

    private final ScenarioContext context;

    public AccessPatternSteps(ScenarioContext context) {
        this.context = context;
    }

    // Faults

    @Given("the store is busy and hands back some books of each of the first {int} batch writes")
    public void theStoreIsBusyAndHandsBackSomeBooksOfEachOfTheFirstBatchWrites(int times) {
        context.faults().handBackPartOfBatchWrites(times);
    }

    @Given("the store throttles the first {int} attempts to read")
    public void theStoreThrottlesTheFirstAttemptsToRead(int times) {
        context.faults().throttleReads(times);
    }

    @Given("the store throttles the first {int} attempts to write")
    public void theStoreThrottlesTheFirstAttemptsToWrite(int times) {
        context.faults().throttleWrites(times);
    }

    @Given("the store throttles every attempt to read")
    public void theStoreThrottlesEveryAttemptToRead() {
        context.faults().throttleReads(Faults.EVERY);
    }

    @When("I try to look for {string} by {string}")
    public void iTryToLookForBy(String title, String author) {
        context.attempt = context.learner().attempt("BookRepository.find", author, title);
    }

    @Then("I am told the store is busy")
    public void iAmToldTheStoreIsBusy() {
        Expect.refused(context.attempt, ProvisionedThroughputExceededException.class,
                "the store stayed busy through all of the SDK's retries, and a busy store is not a missing book");
    }

    // The how of each access pattern

    @Then("finding it read one item by its key and never scanned")
    public void findingItReadOneItemByItsKeyAndNeverScanned() {
        AccessPatterns.readsOneItemByKey(calls(), "BookRepository.find", 1);
    }

    @Then("finding it cost at most one read unit")
    public void findingItCostAtMostOneReadUnit() {
        double units = AccessPatterns.capacityUnits(calls(), "BookRepository.find");
        assertThat(units).as("the read units find consumed: one book of under 4 KB is at most one read unit").isLessThanOrEqualTo(1.0);
    }

    @Then("listing them queried the Books table, every page, and never scanned")
    public void listingThemQueriedTheBooksTableEveryPageAndNeverScanned() {
        AccessPatterns.queriesTheTableEveryPage(calls(), "BookRepository.byAuthor");
    }

    @Then("browsing queried CategoryIndex, every page, and never scanned")
    public void browsingQueriedCategoryIndexEveryPageAndNeverScanned() {
        AccessPatterns.queriesTheCategoryIndexEveryPage(calls(), "BookRepository.inCategory");
    }

    @Then("inserting the {int} books took at most {int} batch writes plus retries")
    public void insertingTheBooksTookAtMostBatchWritesPlusRetries(int books, int batches) {
        AccessPatterns.insertsInBatches(calls(), "BookRepository.insert", books, batches);
    }

    @Then("adding the format took one conditional update and read nothing")
    public void addingTheFormatTookOneConditionalUpdateAndReadNothing() {
        AccessPatterns.changesOneBookInPlace(calls(), "BookRepository.addFormat");
    }

    @Then("removing the format took one conditional update and read nothing")
    public void removingTheFormatTookOneConditionalUpdateAndReadNothing() {
        AccessPatterns.changesOneBookInPlace(calls(), "BookRepository.removeFormat");
    }

    // Consumed capacity (exercise 07)

    @When("I browse the category of the first generated book")
    public void iBrowseTheCategoryOfTheFirstGeneratedBook() {
        String category = context.generated.get(0).category();
        context.answer = context.learner().call("BookRepository.inCategory", AnswerType.listOf(Book.class), category);
        assertThat(context.answer).as("what BookRepository.inCategory answered: a list, never null").isNotNull();
    }

    @Then("finding it cost half of what a strongly consistent read of {string} by {string} costs")
    public void findingItCostHalfOfWhatAStronglyConsistentReadCosts(String title, String author) {
        double strong = probe().stronglyConsistentRead(Fixtures.BOOKS, Items.key(author, title));
        AccessPatterns.readsEventuallyConsistent(calls(), "BookRepository.find", strong);
    }

    @Then("browsing it cost less than a tenth of scanning the whole Books table")
    public void browsingItCostLessThanATenthOfScanningTheWholeBooksTable() {
        List<Book> expected = context.generated.stream()
                .filter(book -> book.category().equals(context.generated.get(0).category())).toList();
        Expect.sameBooks(context.answer, expected, "the books answered");
        AccessPatterns.costsAFractionOfAScan(calls(), "BookRepository.inCategory", probe().scanOfTheWholeTable(Fixtures.BOOKS), 10);
    }

    private List<Call> calls() {
        return context.calls().calls();
    }

    private CapacityProbe probe() {
        return new CapacityProbe(context.fixtures().client());
    }
}
