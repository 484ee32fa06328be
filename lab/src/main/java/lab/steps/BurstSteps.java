package lab.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import lab.fixtures.Book;
import lab.fixtures.Items;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Bursts of the shop's traffic (strongly consistent reads by key, through the shop's own credentials, which the SDK
 * retries as it retries the learner's) against whatever capacity the Books table has: a provisioned table throttles
 * what its units cannot serve, as the service does, and on demand it serves it all.
 */
public class BurstSteps {

    private final ScenarioContext context;

    public BurstSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the shop's burst of {int} reads by key is throttled")
    public void theShopsBurstOfReadsByKeyIsThrottled(int reads) {
        int refused = burst(reads);
        if (refused == 0) {
            throw new AssertionError("The lab's precondition failed: none of the shop's " + reads + " reads of a table "
                    + "provisioned for fewer was throttled");
        }
    }

    @Then("the shop's next burst of {int} reads by key is served in full")
    public void theShopsNextBurstOfReadsByKeyIsServedInFull(int reads) {
        int refused = burst(reads);
        if (refused > 0) {
            throw new AssertionError(refused + " of the shop's " + reads + " reads were refused as throttled "
                    + "(ProvisionedThroughputExceededException): the Books table still serves the units it was "
                    + "provisioned with; on demand, it serves what comes");
        }
    }

    /** The reads the store refused, of {@code reads} strongly consistent reads of the five books in turn. */
    private int burst(int reads) {
        int refused = 0;
        for (int i = 0; i < reads; i++) {
            Book book = Library.FIVE_BOOKS.get(i % Library.FIVE_BOOKS.size());
            try {
                context.shop().getItem(get -> get.tableName("Books").key(Items.key(book.author(), book.title()))
                        .consistentRead(true));
            } catch (ProvisionedThroughputExceededException throttled) {
                refused++;
            }
        }
        return refused;
    }
}
