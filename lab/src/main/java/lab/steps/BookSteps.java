package lab.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lab.learner.AnswerType;
import lab.fixtures.Book;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.fixtures.Fixtures;
import lab.fixtures.Library;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The books themselves: inserting, finding, listing, browsing and changing formats (exercises 02 to 06). */
public class BookSteps {

    private static final long SEED = 7_919;

    private final ScenarioContext context;
    private final Fixtures fixtures;
    /** The books this scenario inserted through the learner's code, in order. */
    private List<Book> inserted = List.of();
    /** The books found one by one, in the order they were looked for. */
    private final List<Optional<Book>> foundEach = new ArrayList<>();
    /** The book whose formats the scenario changed. */
    private String changedTitle;

    public BookSteps(ScenarioContext context) {
        this.context = context;
        this.fixtures = context.fixtures();
    }

    // Exercise 02: insert

    @When("I insert these books:")
    public void iInsertTheseBooks(List<Book> books) {
        insert(books);
    }

    @When("I insert {int} generated books")
    public void iInsertGeneratedBooks(int count) {
        insert(Library.generated(SEED + count, count, null, null, 0));
    }

    @When("I insert no books")
    public void iInsertNoBooks() {
        insert(List.of());
    }

    @When("I insert {int} generated books, the last of which corrects the first")
    public void iInsertGeneratedBooksTheLastOfWhichCorrectsTheFirst(int count) {
        List<Book> books = new ArrayList<>(Library.generated(SEED + count, count - 1, null, null, 0));
        Book first = books.get(0);
        books.add(new Book(first.author(), first.title(), "Corrected", Map.of("Hardcover", "CORRECTD")));
        insert(books);
    }

    @Then("the Books table holds exactly the five books")
    public void theBooksTableHoldsExactlyTheFiveBooks() {
        Expect.sameBooks(fixtures.books(), Library.FIVE_BOOKS, "the books in the Books table");
    }

    @Then("the Books table holds exactly these books:")
    public void theBooksTableHoldsExactlyTheseBooks(List<Book> books) {
        Expect.sameBooks(fixtures.books(), books, "the books in the Books table");
    }

    @Then("the Books table holds exactly those {int} books")
    public void theBooksTableHoldsExactlyThoseBooks(int count) {
        assertThat(inserted).as("the books the scenario inserted").hasSize(count);
        Expect.sameBooks(fixtures.books(), inserted, "the books in the Books table after inserting " + count);
    }

    @Then("the Books table holds {int} books")
    public void theBooksTableHoldsBooks(int count) {
        assertThat(fixtures.books()).as("how many books the Books table holds").hasSize(count);
    }

    @Then("the Books table holds {string} by {string} in {string} with formats {string}")
    public void theBooksTableHoldsByInWithFormats(String title, String author, String category, String formats) {
        assertThat(fixtures.book(author, title)).as("the stored book \"" + title + "\" by " + author)
                .contains(new Book(author, title, category, BookRows.formats(formats)));
    }

    @Then("{string} by {string} is stored with no Category attribute at all")
    public void isStoredWithNoCategoryAttributeAtAll(String title, String author) {
        Map<String, AttributeValue> item = fixtures.item(author, title)
                .orElseThrow(() -> new AssertionError("\"" + title + "\" by " + author + " was not stored"));
        assertThat(item).as("the stored item of a book without a category: leave the attribute out rather than "
                + "store an empty or NULL Category, so that the book stays out of every category").doesNotContainKey("Category");
    }

    @Then("the corrected book is stored as the last entry had it")
    public void theCorrectedBookIsStoredAsTheLastEntryHadIt() {
        Book last = inserted.get(inserted.size() - 1);
        assertThat(fixtures.book(last.author(), last.title())).as("the book entered twice: the later entry wins").contains(last);
    }

    // Exercise 03: find

    @When("I look for {string} by {string}")
    public void iLookForBy(String title, String author) {
        context.found = context.learner().call("BookRepository.find", AnswerType.optionalOf(Book.class), author, title);
        assertThat(context.found).as("what BookRepository.find answered: an Optional, never null").isNotNull();
    }

    @When("I look for each of the generated books")
    public void iLookForEachOfTheGeneratedBooks() {
        foundEach.addAll(context.learner().callEach("BookRepository.find", AnswerType.optionalOf(Book.class),
                context.generated.stream().map(book -> List.<Object>of(book.author(), book.title())).toList()));
    }

    @Then("I get each of them as it was stored")
    public void iGetEachOfThemAsItWasStored() {
        List<Book> found = foundEach.stream().flatMap(Optional::stream).toList();
        Expect.sameBooksInOrder(found, context.generated, "what BookRepository.find answered for each of the "
                + context.generated.size() + " generated books (" + (foundEach.size() - found.size()) + " not found)");
    }

    @Then("I get {string} by {string} in {string} with formats {string}")
    public void iGetByInWithFormats(String title, String author, String category, String formats) {
        assertThat(context.found).as("the book BookRepository.find answered")
                .contains(new Book(author, title, category, BookRows.formats(formats)));
    }

    @Then("I get {string} by {string} with no category and formats {string}")
    public void iGetByWithNoCategoryAndFormats(String title, String author, String formats) {
        assertThat(context.found).as("the book BookRepository.find answered: its category is null, not an empty string")
                .contains(new Book(author, title, null, BookRows.formats(formats)));
    }

    @Then("no book is found")
    public void noBookIsFound() {
        assertThat(context.found).as("what BookRepository.find answered for a book the store does not have").isEmpty();
    }

    // Exercise 04: by author

    @When("I list the books by {string}")
    public void iListTheBooksBy(String author) {
        context.answer = context.learner().call("BookRepository.byAuthor", AnswerType.listOf(Book.class), author);
        assertThat(context.answer).as("what BookRepository.byAuthor answered: a list, never null").isNotNull();
    }

    @Then("I get these titles, in this order:")
    public void iGetTheseTitlesInThisOrder(List<Map<String, String>> rows) {
        List<String> titles = rows.stream().map(row -> row.get("title")).toList();
        assertThat(context.answer).extracting(Book::title).as("the titles answered, in order").containsExactlyElementsOf(titles);
    }

    @Then("each book comes with its category and formats")
    public void eachBookComesWithItsCategoryAndFormats() {
        for (Book book : context.answer) {
            assertThat(Optional.of(book)).as("\"" + book.title() + "\" as answered, against the stored book")
                    .isEqualTo(fixtures.book(book.author(), book.title()));
        }
    }

    @Then("I get no books")
    public void iGetNoBooks() {
        assertThat(context.answer).as("the books answered").isEmpty();
    }

    @Then("I get all {int} of his books, in title order")
    public void iGetAllOfHisBooksInTitleOrder(int count) {
        assertThat(context.generated).as("the books the scenario generated").hasSize(count);
        Expect.sameBooksInOrder(context.answer, context.generated.stream().sorted(Expect.BY_TITLE).toList(),
                "the books answered, in title order (an answer larger than 1 MB comes in pages, and every page must be read)");
    }

    // Exercise 05: browse a category

    @When("I browse the {string} category")
    public void iBrowseTheCategory(String category) {
        context.answer = context.learner().call("BookRepository.inCategory", AnswerType.listOf(Book.class), category);
        assertThat(context.answer).as("what BookRepository.inCategory answered: a list, never null").isNotNull();
    }

    @Then("I get these books, in any order:")
    public void iGetTheseBooksInAnyOrder(List<Book> books) {
        Expect.sameBooks(context.answer, books, "the books answered");
    }

    @Then("I get all {int} of those books")
    public void iGetAllOfThoseBooks(int count) {
        assertThat(context.generated).as("the books the scenario generated").hasSize(count);
        Expect.sameBooks(context.answer, context.generated,
                "the books answered (an answer larger than 1 MB comes in pages, and every page must be read)");
    }

    // Exercise 06: formats

    @When("I add the format {string} with product id {string} to {string} by {string}")
    public void iAddTheFormatWithProductIdToBy(String format, String productId, String title, String author) {
        changedTitle = title;
        context.learner().run("BookRepository.addFormat", author, title, format, productId);
    }

    @When("I try to add the format {string} with product id {string} to {string} by {string}")
    public void iTryToAddTheFormatWithProductIdToBy(String format, String productId, String title, String author) {
        context.attempt = context.learner().attempt("BookRepository.addFormat", author, title, format, productId);
    }

    @When("I remove the format {string} from {string} by {string}")
    public void iRemoveTheFormatFromBy(String format, String title, String author) {
        changedTitle = title;
        context.learner().run("BookRepository.removeFormat", author, title, format);
    }

    @When("I try to remove the format {string} from {string} by {string}")
    public void iTryToRemoveTheFormatFromBy(String format, String title, String author) {
        context.attempt = context.learner().attempt("BookRepository.removeFormat", author, title, format);
    }

    @Then("{string} by {string} has the formats:")
    public void hasTheFormats(String title, String author, List<Map<String, String>> rows) {
        Map<String, String> expected = new LinkedHashMap<>();
        rows.forEach(row -> expected.put(row.get("format"), row.get("product id")));
        assertThat(stored(author, title).formats()).as("the formats of \"" + title + "\"").isEqualTo(expected);
    }

    @Then("{string} by {string} has its three formats and {string} with product id {string}")
    public void hasItsThreeFormatsAndWithProductId(String title, String author, String format, String productId) {
        Map<String, String> expected = new LinkedHashMap<>(original(title).formats());
        expected.put(format, productId);
        assertThat(stored(author, title).formats())
                .as("the formats of \"" + title + "\": the format's name is a map key, whatever characters it holds")
                .isEqualTo(expected);
    }

    @Then("{string} by {string} is still in {string}")
    public void isStillIn(String title, String author, String category) {
        assertThat(stored(author, title).category()).as("the category of \"" + title + "\" after changing a format")
                .isEqualTo(category);
    }

    @Then("the other four books are unchanged")
    public void theOtherFourBooksAreUnchanged() {
        Expect.sameBooks(fixtures.books().stream().filter(book -> !book.title().equals(changedTitle)).toList(),
                Library.FIVE_BOOKS.stream().filter(book -> !book.title().equals(changedTitle)).toList(),
                "the books other than \"" + changedTitle + "\"");
    }

    @Then("I am told the book was not found")
    public void iAmToldTheBookWasNotFound() {
        Expect.refused(context.attempt, Library.BOOK_NOT_FOUND, "the store has no such book");
    }

    @Then("the store has no book {string} by {string}")
    public void theStoreHasNoBookBy(String title, String author) {
        assertThat(fixtures.item(author, title)).as("the item for \"" + title + "\" by " + author
                + ": changing a format must never create a book").isEmpty();
    }

    private void insert(List<Book> books) {
        inserted = List.copyOf(books);
        context.learner().run("BookRepository.insert", new ArrayList<>(books));
    }

    private Book stored(String author, String title) {
        return fixtures.book(author, title).orElseThrow(() -> new AssertionError("\"" + title + "\" by " + author + " is no longer stored"));
    }

    private static Book original(String title) {
        return Library.FIVE_BOOKS.stream().filter(book -> book.title().equals(title)).findFirst().orElseThrow();
    }
}
