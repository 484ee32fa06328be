package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import lab.fixtures.Book;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** The Books table's life: creating it, its index, its capacity, deleting it (exercises 01, 05, 07, 09). */
public class TableSteps {

    private static final Map<String, String> ROLES = Map.of("partition key", "HASH", "sort key", "RANGE");
    private static final Map<String, String> TYPES = Map.of("string", "S", "number", "N", "binary", "B");

    private final ScenarioContext context;
    private final Fixtures fixtures;

    public TableSteps(ScenarioContext context) {
        this.context = context;
        this.fixtures = context.fixtures();
    }

    @When("I create the Books table")
    public void iCreateTheBooksTable() {
        context.learner().run("BooksTable.create");
    }

    @When("I try to create the Books table")
    public void iTryToCreateTheBooksTable() {
        context.attempt = context.learner().attempt("BooksTable.create");
    }

    @Then("the Books table is active the moment it is created")
    public void theBooksTableIsActiveTheMomentItIsCreated() {
        TableDescription table = books("BooksTable.create should have created the Books table");
        assertThat(table.tableStatus()).as("the Books table's status when BooksTable.create returned: a table is created "
                + "in the background, so wait until it is ACTIVE (the client's waiters can) before returning")
                .isEqualTo(TableStatus.ACTIVE);
    }

    @Then("the Books table is keyed by:")
    public void theBooksTableIsKeyedBy(List<Map<String, String>> keys) {
        TableDescription table = books("BooksTable.create should have created the Books table");
        List<String> expected = keys.stream().map(key -> key.get("attribute") + " " + ROLES.get(key.get("role"))).toList();
        assertThat(table.keySchema()).as("the Books table's key schema (attribute and key type)")
                .extracting(key -> key.attributeName() + " " + key.keyTypeAsString())
                .containsExactlyElementsOf(expected);
        for (Map<String, String> key : keys) {
            assertThat(table.attributeDefinitions())
                    .as("the type of the key attribute " + key.get("attribute"))
                    .filteredOn(definition -> definition.attributeName().equals(key.get("attribute")))
                    .extracting(AttributeDefinition::attributeTypeAsString)
                    .containsExactly(TYPES.get(key.get("type")));
        }
    }

    @Then("the Books table is active again the moment the switch returned")
    public void theBooksTableIsActiveAgainTheMomentTheSwitchReturned() {
        TableDescription table = books("the Books table should exist");
        assertThat(table.tableStatus()).as("the Books table's status when the switch returned: a change of capacity is "
                + "made in the background (the table is UPDATING), and the next change is refused until it is done, so "
                + "wait until the table is ACTIVE again before returning").isEqualTo(TableStatus.ACTIVE);
    }

    @Then("the Books table is billed on demand")
    public void theBooksTableIsBilledOnDemand() {
        TableDescription table = books("the Books table should exist");
        assertThat(table.billingModeSummary())
                .as("the Books table's billing mode summary: a table without one is provisioned, not on demand")
                .isNotNull();
        assertThat(table.billingModeSummary().billingMode()).as("the Books table's billing mode")
                .isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Then("the Books table defines only the attributes Author and Title")
    public void theBooksTableDefinesOnlyTheAttributesAuthorAndTitle() {
        assertThat(books("the Books table should exist").attributeDefinitions())
                .as("the attributes the Books table defines: a table defines its key attributes, nothing more")
                .extracting(AttributeDefinition::attributeName)
                .containsExactlyInAnyOrder("Author", "Title");
    }

    @Then("the Books table has no indexes yet")
    public void theBooksTableHasNoIndexesYet() {
        TableDescription table = books("the Books table should exist");
        assertThat(table.globalSecondaryIndexes()).as("the Books table's global secondary indexes, before exercise 05").isEmpty();
        assertThat(table.localSecondaryIndexes()).as("the Books table's local secondary indexes").isEmpty();
    }

    @Then("the Books table is the only table in the store")
    public void theBooksTableIsTheOnlyTableInTheStore() {
        assertThat(fixtures.tableNames()).as("the tables in the store after creating the Books table").containsExactly(Fixtures.BOOKS);
    }

    @Then("the store can hold {string} by {string} at once")
    public void theStoreCanHoldByAtOnce(String title, String author) {
        Book book = Library.FIVE_BOOKS.stream().filter(candidate -> candidate.title().equals(title)).findFirst().orElseThrow();
        fixtures.put(List.of(book));
        assertThat(fixtures.book(author, title)).as("the book read back right after it was stored").contains(book);
    }

    @Then("the Books table still holds the five books")
    public void theBooksTableStillHoldsTheFiveBooks() {
        assertThat(books("the Books table should still exist")).isNotNull();
        Expect.sameBooks(fixtures.books(), Library.FIVE_BOOKS, "the books in the Books table");
    }

    @When("I add the category index")
    public void iAddTheCategoryIndex() {
        context.learner().run("BooksTable.addCategoryIndex");
    }

    @Then("the category index is active the moment it is added")
    public void theCategoryIndexIsActiveTheMomentItIsAdded() {
        GlobalSecondaryIndexDescription index = categoryIndex();
        assertThat(index.indexStatus())
                .as("CategoryIndex's status when addCategoryIndex returned: an index is built in the background, "
                        + "so wait until it is ACTIVE before returning")
                .isEqualTo(IndexStatus.ACTIVE);
    }

    @Then("the category index is keyed by Category alone and projects all attributes")
    public void theCategoryIndexIsKeyedByCategoryAloneAndProjectsAllAttributes() {
        GlobalSecondaryIndexDescription index = categoryIndex();
        assertThat(index.keySchema()).as("CategoryIndex's key schema")
                .extracting(KeySchemaElement::attributeName, KeySchemaElement::keyTypeAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Category", "HASH"));
        assertThat(index.projection().projectionType()).as("what CategoryIndex projects: browsing shows whole books")
                .isEqualTo(ProjectionType.ALL);
        assertThat(books("the Books table should exist").attributeDefinitions())
                .as("the type of Category, the index's key")
                .filteredOn(definition -> definition.attributeName().equals("Category"))
                .extracting(AttributeDefinition::attributeTypeAsString).containsExactly("S");
    }

    @Then("the category index finds {int} books in {string}")
    public void theCategoryIndexFindsBooksIn(int count, String category) {
        int found = fixtures.client().query(query -> query.tableName(Fixtures.BOOKS).indexName(Fixtures.CATEGORY_INDEX)
                .keyConditionExpression("Category = :category")
                .expressionAttributeValues(Map.of(":category",
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(category)))).count();
        assertThat(found).as("books the harness finds in CategoryIndex under " + category).isEqualTo(count);
    }

    @When("I switch the Books table to provisioned capacity with {long} read and {long} write units")
    public void iSwitchTheBooksTableToProvisionedCapacity(long readUnits, long writeUnits) {
        context.learner().run("BooksTable.switchToProvisioned", readUnits, writeUnits);
    }

    @When("I switch the Books table to on-demand capacity")
    public void iSwitchTheBooksTableToOnDemandCapacity() {
        context.learner().run("BooksTable.switchToOnDemand");
    }

    @When("at {time} I try to switch the Books table to on-demand capacity")
    public void atITryToSwitchTheBooksTableToOnDemandCapacity(LocalTime time) {
        context.setClockTo(time, false);
        context.attempt = context.learner().attempt("BooksTable.switchToOnDemand");
    }

    @When("at {time} the next day I switch the Books table to on-demand capacity")
    public void atTheNextDayISwitchTheBooksTableToOnDemandCapacity(LocalTime time) {
        context.setClockTo(time, true);
        iSwitchTheBooksTableToOnDemandCapacity();
    }

    @Then("I am told the service limits switches to on-demand to four a day")
    public void iAmToldTheServiceLimitsSwitchesToOnDemandToFourADay() {
        Expect.refused(context.attempt, LimitExceededException.class, "the Books table already went to on-demand four "
                + "times in the last 24 hours, the most the service allows");
    }

    @Then("the Books table is (still )provisioned with {long} read and {long} write units")
    public void theBooksTableIsProvisionedWith(long readUnits, long writeUnits) {
        TableDescription table = books("the Books table should exist");
        assertThat(table.billingModeSummary() == null ? BillingMode.PROVISIONED : table.billingModeSummary().billingMode())
                .as("the Books table's billing mode").isEqualTo(BillingMode.PROVISIONED);
        assertThat(table.provisionedThroughput().readCapacityUnits()).as("the Books table's read capacity units").isEqualTo(readUnits);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).as("the Books table's write capacity units").isEqualTo(writeUnits);
    }

    @Then("the category index is provisioned with {long} read and {long} write units")
    public void theCategoryIndexIsProvisionedWith(long readUnits, long writeUnits) {
        GlobalSecondaryIndexDescription index = categoryIndex();
        assertThat(index.provisionedThroughput().readCapacityUnits())
                .as("CategoryIndex's read capacity units: an index's throughput is set apart from the table's").isEqualTo(readUnits);
        assertThat(index.provisionedThroughput().writeCapacityUnits())
                .as("CategoryIndex's write capacity units").isEqualTo(writeUnits);
    }

    @When("I delete the Books table")
    public void iDeleteTheBooksTable() {
        context.learner().run("BooksTable.delete");
    }

    @When("I try to delete the Books table")
    public void iTryToDeleteTheBooksTable() {
        context.attempt = context.learner().attempt("BooksTable.delete");
    }

    @Then("the Books table is gone the moment it is deleted")
    public void theBooksTableIsGoneTheMomentItIsDeleted() {
        assertThat(fixtures.describe(Fixtures.BOOKS).map(TableDescription::tableStatusAsString))
                .as("the Books table when BooksTable.delete returned: deletion takes a while, so wait until the table is gone")
                .isEmpty();
    }

    @Then("the table {string} is still there")
    public void theTableIsStillThere(String name) {
        assertThat(fixtures.describe(name)).as("the table " + name + ", which deleting Books must leave alone").isPresent();
    }

    @Then("I am told the table is already in use")
    public void iAmToldTheTableIsAlreadyInUse() {
        Expect.refused(context.attempt, ResourceInUseException.class, "the Books table already exists");
    }

    @Then("I am told the table is protected against deletion")
    public void iAmToldTheTableIsProtectedAgainstDeletion() {
        Expect.refused(context.attempt, software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
                "the Books table is protected against deletion");
        assertThat(fixtures.describe(Fixtures.BOOKS)).as("the protected Books table").isPresent();
    }

    @Then("I am told the table does not exist")
    public void iAmToldTheTableDoesNotExist() {
        Expect.refused(context.attempt, ResourceNotFoundException.class, "there is no Books table to delete");
    }

    private TableDescription books(String expectation) {
        return fixtures.describe(Fixtures.BOOKS).orElseThrow(() -> new AssertionError("There is no Books table: " + expectation));
    }

    private GlobalSecondaryIndexDescription categoryIndex() {
        return books("the Books table should exist").globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals(Fixtures.CATEGORY_INDEX))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The Books table has no index named CategoryIndex; it has "
                        + books("").globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).toList()));
    }
}
