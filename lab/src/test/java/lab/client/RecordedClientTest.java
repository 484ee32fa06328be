package lab.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import lab.fixtures.Book;
import lab.fixtures.Fixtures;
import lab.fixtures.Items;
import lab.fixtures.Library;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The lab endpoint changes nothing the learner's code sees, and its faults never lose or invent data. */
class RecordedClientTest extends OnARecordedStore {


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
    void everyReadAnswersExactlyAsThePlainClientDoesWhileItsCostIsRecorded() {
        DynamoDbClient plain = fixtures.client();
        Map<String, AttributeValue> firm = Items.key("John Grisham", "The Firm");
        GetItemRequest get = GetItemRequest.builder().tableName("Books").key(firm).build();
        QueryRequest query = QueryRequest.builder().tableName("Books").keyConditionExpression("Author = :author")
                .expressionAttributeValues(Map.of(":author", AttributeValue.fromS("John Grisham"))).build();
        ScanRequest scan = ScanRequest.builder().tableName("Books").build();
        BatchGetItemRequest batchGet = BatchGetItemRequest.builder()
                .requestItems(Map.of("Books", KeysAndAttributes.builder().keys(firm).build())).build();
        TransactGetItemsRequest transactGet = TransactGetItemsRequest.builder()
                .transactItems(TransactGetItem.builder().get(Get.builder().tableName("Books").key(firm).build()).build())
                .build();

        assertSameFields(learner.getItem(get), plain.getItem(get), "GetItem");
        assertSameFields(learner.query(query), plain.query(query), "Query");
        assertSameFields(learner.scan(scan), plain.scan(scan), "Scan");
        assertSameFields(learner.batchGetItem(batchGet), plain.batchGetItem(batchGet), "BatchGetItem");
        assertSameFields(learner.transactGetItems(transactGet), plain.transactGetItems(transactGet), "TransactGetItems");
        assertThat(log.calls()).extracting(Call::operation, Call::access, Call::capacityUnits)
                .as("the reads recorded: operation, access, the capacity asked for on the learner's behalf")
                .containsExactly(tuple("GetItem", Call.Access.KEY, 0.5), tuple("Query", Call.Access.QUERY, 0.5),
                        tuple("Scan", Call.Access.SCAN, 0.5), tuple("BatchGetItem", Call.Access.KEY, 0.5),
                        tuple("TransactGetItems", Call.Access.KEY, 2.0));
    }

    @Test
    void everyWriteAnswersWithoutCapacityTheLearnerDidNotAskFor() {
        Book kindred = new Book("Octavia E. Butler", "Kindred", "Classics", Map.of("Paperback", "OB000001"));
        Map<String, AttributeValue> key = Items.key(kindred.author(), kindred.title());

        PutItemResponse put = learner.putItem(request -> request.tableName("Books").item(Items.item(kindred)));
        UpdateItemResponse update = learner.updateItem(request -> request.tableName("Books").key(key)
                .updateExpression("SET Formats.Ebook = :id").expressionAttributeValues(Map.of(":id", AttributeValue.fromS("OB000002")))
                .returnConsumedCapacity(ReturnConsumedCapacity.NONE));
        DeleteItemResponse delete = learner.deleteItem(request -> request.tableName("Books").key(key));
        TransactWriteItemsResponse transaction = learner.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName("Books").item(Items.item(kindred)).build()).build()));

        assertThat(put.consumedCapacity()).as("consumed capacity in PutItem's answer, not asked for").isNull();
        assertThat(update.consumedCapacity()).as("consumed capacity in UpdateItem's answer, asked for as NONE").isNull();
        assertThat(delete.consumedCapacity()).as("consumed capacity in DeleteItem's answer, not asked for").isNull();
        assertThat(transaction.consumedCapacity()).as("consumed capacity in TransactWriteItems' answer, not asked for").isEmpty();
        assertThat(log.calls()).extracting(Call::operation, Call::writes, Call::capacityUnits)
                .as("the writes recorded: operation, item writes, the capacity asked for on the learner's behalf")
                .containsExactly(tuple("PutItem", 1, 1.0), tuple("UpdateItem", 1, 1.0), tuple("DeleteItem", 1, 1.0),
                        tuple("TransactWriteItems", 1, 2.0));
        assertThat(fixtures.book(kindred.author(), kindred.title())).as("the book the transaction wrote").contains(kindred);
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
                .containsExactly(tuple(10, 5));
    }

    @Test
    void aBatchOfOneBookIsNeverCutAndLeavesTheFaultForTheNextBatch() {
        List<WriteRequest> writes = Library.generated(6, 5, null, null, 0).stream()
                .map(book -> WriteRequest.builder().putRequest(PutRequest.builder().item(Items.item(book)).build()).build())
                .toList();
        faults.handBackPartOfBatchWrites(1);

        BatchWriteItemResponse one = learner.batchWriteItem(write -> write.requestItems(Map.of("Books", writes.subList(0, 1))));
        BatchWriteItemResponse four = learner.batchWriteItem(write -> write.requestItems(Map.of("Books", writes.subList(1, 5))));

        assertThat(one.unprocessedItems()).as("books handed back from a batch of one book").isEmpty();
        assertThat(four.unprocessedItems().get("Books")).as("books handed back from the next batch, of four")
                .containsExactlyElementsOf(writes.subList(3, 5));
        assertThat(fixtures.books()).as("the store: the five books and the three not handed back").hasSize(8);
    }

    @Test
    void aThrottledWriteNeverReachesTheStoreAndTheSdkRetriesIt() {
        Book kindred = new Book("Octavia E. Butler", "Kindred", "Classics", Map.of("Paperback", "OB000001"));
        faults.throttleWrites(Faults.EVERY);

        assertThatThrownBy(() -> learner.putItem(put -> put.tableName("Books").item(Items.item(kindred))))
                .as("a write the store throttles through every attempt").isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(fixtures.book(kindred.author(), kindred.title())).as("the book whose every write was throttled").isEmpty();
        assertThat(log.calls()).extracting(Call::throttled, Call::failure).as("the call recorded: attempts throttled, failure")
                .containsExactly(tuple(Clients.LEARNER_ATTEMPTS, "ProvisionedThroughputExceededException"));

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

    /** Every field of the answers alike (their HTTP metadata, request ids and all, differs by nature). */
    private static void assertSameFields(SdkResponse learners, SdkResponse plain, String operation) {
        assertThat(learners).as(operation + " as the learner's code sees it, against the plain client's answer " + plain)
                .matches(answer -> answer.equalsBySdkFields(plain), "the same fields");
    }
}
