package lab.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import bookstore.Book;
import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import lab.fixtures.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The recorded client changes nothing the learner's code sees, and its faults never lose or invent data. */
class RecordedClientTest {

    private RecordedStore store;
    private DynamoDbClient learner;
    private CallLog log;
    private Faults faults;
    private Fixtures fixtures;

    @BeforeEach
    void aStoreWithTheFiveBooks() {
        store = new RecordedStore();
        learner = store.learner;
        log = store.log;
        faults = store.faults;
        fixtures = store.fixtures;
    }

    @AfterEach
    void closeTheClients() {
        store.close();
    }

    @Test
    void capacityAskedForOnTheLearnersBehalfIsRecordedButNotShown() {
        GetItemResponse notAsked = learner.getItem(get -> get.tableName("Books").key(Items.key("John Grisham", "The Firm")));
        GetItemResponse asked = learner.getItem(get -> get.tableName("Books").key(Items.key("John Grisham", "The Firm"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(notAsked.consumedCapacity()).as("consumed capacity in an answer whose request did not ask for it").isNull();
        assertThat(asked.consumedCapacity()).as("consumed capacity in an answer whose request asked for it").isNotNull();
        assertThat(log.calls()).extracting(Call::capacityUnits).as("the capacity recorded for both calls")
                .containsExactly(0.5, 0.5);
        assertThat(log.calls()).extracting(Call::summary).as("the calls recorded")
                .containsExactly("GetItem on the Books table, 1 item read", "GetItem on the Books table, 1 item read");
    }

    @Test
    void booksHeldBackAreExactlyThoseHandedBackAndAreNotWritten() {
        List<Book> books = Library.generated(5, 10, null, null, 0);
        List<WriteRequest> writes = books.stream()
                .map(book -> WriteRequest.builder().putRequest(PutRequest.builder().item(Items.item(book)).build()).build())
                .toList();
        faults.handBackPartOfBatchWrites(1);

        BatchWriteItemResponse answer = learner.batchWriteItem(write -> write.requestItems(Map.of("Books", writes)));

        List<Book> handedBack = answer.unprocessedItems().get("Books").stream()
                .map(write -> Items.book(write.putRequest().item())).toList();
        assertThat(handedBack).as("the books handed back: the second half of the batch").containsExactlyElementsOf(books.subList(5, 10));
        assertThat(fixtures.books()).as("the store: the five books and only the books not handed back")
                .hasSize(10).containsAll(books.subList(0, 5)).doesNotContainAnyElementsOf(handedBack);
        assertThat(answer.consumedCapacity()).as("consumed capacity the learner did not ask for").isEmpty();
        assertThat(log.calls()).extracting(Call::writes, Call::handedBack).as("the batch write recorded: writes sent, handed back")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 5));
    }

    @Test
    void aThrottledWriteNeverReachesTheStoreAndTheSdkRetriesIt() {
        Book kindred = new Book("Octavia E. Butler", "Kindred", "Classics", Map.of("Paperback", "OB000001"));
        faults.throttleWrites(Faults.EVERY);

        assertThatThrownBy(() -> learner.putItem(put -> put.tableName("Books").item(Items.item(kindred))))
                .as("a write the store throttles through every attempt").isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(fixtures.book(kindred.author(), kindred.title())).as("the book whose every write was throttled").isEmpty();
        assertThat(log.calls()).extracting(Call::throttled, Call::failure).as("the call recorded: attempts throttled, failure")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Clients.LEARNER_ATTEMPTS, "ProvisionedThroughputExceededException"));

        faults.throttleWrites(2);
        learner.putItem(put -> put.tableName("Books").item(Items.item(kindred)));

        assertThat(fixtures.book(kindred.author(), kindred.title())).as("the book written on the third attempt").contains(kindred);
        assertThat(log.calls().get(1).throttled()).as("attempts throttled before the SDK's retry got through").isEqualTo(2);
    }

    @Test
    void aQueryRecordsItsIndexItsItemsAndWhetherMorePagesWait() {
        fixtures.addCategoryIndex();

        learner.query(query -> query.tableName("Books").indexName("CategoryIndex").keyConditionExpression("Category = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Suspense"))).limit(2));

        Call call = log.calls().get(0);
        assertThat(call.index()).as("the index the Query named").isEqualTo(Fixtures.CATEGORY_INDEX);
        assertThat(call.itemsRead()).as("items the Query read, limited to 2").isEqualTo(2);
        assertThat(call.morePages()).as("whether a page with the third Suspense book waits").isTrue();
    }
}
