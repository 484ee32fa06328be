package lab.patterns;

import java.util.List;
import java.util.stream.Collectors;

import lab.client.Call;

/**
 * The "how" of each access pattern, checked over the calls a learner method made. Each check fails with an
 * {@link AssertionError} whose message names the method, what it did, and what the pattern needs instead.
 */
public final class AccessPatterns {

    /** BatchWriteItem takes at most this many writes in one request. */
    public static final int BATCH_LIMIT = 25;

    private static final String BOOKS = "Books";
    private static final String CATEGORY_INDEX = "CategoryIndex";

    private AccessPatterns() {
    }

    /** Access pattern 1: each find is one GetItem of one item of the Books table; nothing is queried or scanned. */
    public static void readsOneItemByKey(List<Call> calls, String method, int finds) {
        String who = shortName(method);
        noScan(calls, who, "with the whole key in hand, one GetItem reads the book");
        reads(calls, Call.Access.QUERY).stream().findFirst().ifPresent(query -> fail(who + " searched for the book ("
                + query.summary() + ") — with the whole key in hand, one GetItem reads exactly that item"));
        List<Call> gets = reads(calls, Call.Access.KEY);
        gets.stream().filter(get -> !get.operation().equals("GetItem") || !BOOKS.equals(get.table())).findFirst()
                .ifPresent(other -> fail(who + " read " + other.summary() + " — finding a book is one GetItem on the Books table"));
        long succeeded = gets.stream().filter(Call::succeeded).count();
        if (succeeded != finds) {
            fail(who + " made " + succeeded + " GetItem " + (succeeded == 1 ? "call" : "calls") + " for " + finds
                    + (finds == 1 ? " book" : " books") + " — one book, one GetItem" + made(calls));
        }
    }

    /** All of an author's books: Queries of the Books table itself, every page of the answer, and no Scan. */
    public static void queriesTheTableEveryPage(List<Call> calls, String method) {
        String who = shortName(method);
        noScan(calls, who, "an author's books are one partition of the Books table: Query it");
        List<Call> queries = reads(calls, Call.Access.QUERY);
        queries.stream().filter(query -> query.index() != null).findFirst().ifPresent(query -> fail(who + " queried "
                + query.index() + " — an author's books are one partition of the Books table itself: Query the table"));
        everyPage(queries, who, "the Books table");
    }

    /** Access pattern 2: Queries of CategoryIndex, every page of the answer, and never a Scan. */
    public static void queriesTheCategoryIndexEveryPage(List<Call> calls, String method) {
        String who = shortName(method);
        noScan(calls, who, "browsing by category must Query " + CATEGORY_INDEX);
        List<Call> queries = reads(calls, Call.Access.QUERY);
        queries.stream().filter(query -> !CATEGORY_INDEX.equals(query.index())).findFirst().ifPresent(query -> fail(who
                + " queried " + query.target() + " (" + query.summary() + ") — Category is not the table's key: "
                + "browsing by category must Query " + CATEGORY_INDEX));
        everyPage(queries, who, CATEGORY_INDEX);
    }

    /**
     * Loading books: BatchWriteItem only, at most {@code batches} requests plus one for each answer that handed
     * books back, and every book handed back sent again.
     */
    public static void insertsInBatches(List<Call> calls, String method, int books, int batches) {
        String who = shortName(method);
        List<Call> others = calls.stream().filter(call -> call.access() == Call.Access.WRITE
                && !call.operation().equals("BatchWriteItem")).toList();
        if (!others.isEmpty()) {
            String operation = others.get(0).operation();
            String how = operation.equals("TransactWriteItems")
                    ? "in transactions, which cost twice the write units and fail whole"
                    : "one request at a time";
            fail(who + " wrote books " + how + " (" + others.size() + " " + operation
                    + (others.size() == 1 ? " call" : " calls") + ") — loading a catalogue is BatchWriteItem's job, "
                    + BATCH_LIMIT + " books a request");
        }
        List<Call> made = calls.stream().filter(call -> call.operation().equals("BatchWriteItem")).toList();
        int handedBack = made.stream().mapToInt(Call::handedBack).sum();
        int sent = made.stream().mapToInt(Call::writes).sum();
        int neverSentAgain = Math.min(handedBack, handedBack - (sent - books));
        if (neverSentAgain > 0) {
            fail(who + " ignored the books the store handed back: " + handedBack + " came back as UnprocessedItems "
                    + "and " + neverSentAgain + " of them were never sent again — a batch write's UnprocessedItems "
                    + "must be sent again, after a pause, until none are left");
        }
        long answersHandingBack = made.stream().filter(call -> call.handedBack() > 0).count();
        if (made.size() > batches + answersHandingBack) {
            fail(who + " made " + made.size() + " batch writes for " + books + " books (" + answersHandingBack
                    + " of them answered with books handed back) — a batch write takes " + BATCH_LIMIT + " books, so "
                    + books + " books need " + batches + ", plus one retry for each answer that hands books back");
        }
    }

    /** Access pattern 3: one UpdateItem on the Books table, conditional on the book existing, and no read or rewrite. */
    public static void changesOneBookInPlace(List<Call> calls, String method) {
        String who = shortName(method);
        calls.stream().filter(call -> call.access() == Call.Access.KEY || call.access() == Call.Access.QUERY
                || call.access() == Call.Access.SCAN).findFirst().ifPresent(read -> fail(who + " read before it wrote ("
                + read.summary() + ") — UpdateItem changes one entry of the Formats map in place, no read needed"));
        calls.stream().filter(call -> call.operation().equals("PutItem") || call.operation().equals("BatchWriteItem"))
                .findFirst().ifPresent(put -> fail(who + " rewrote the whole book (" + put.summary()
                        + ") — UpdateItem changes one entry of the Formats map and leaves the rest of the book alone"));
        List<Call> updates = calls.stream().filter(call -> call.operation().equals("UpdateItem")).toList();
        if (updates.size() != 1) {
            fail(who + " made " + updates.size() + " UpdateItem calls — one format of one book is one UpdateItem"
                    + made(calls));
        }
        if (!updates.get(0).conditional()) {
            fail(who + " updated the book without a condition that it exists (UpdateItem with no ConditionExpression) "
                    + "— an update of a missing item creates it: make the update conditional on the book existing");
        }
    }

    /**
     * Exercise 07: a book's page read eventually consistent, at half of {@code stronglyConsistent}, what a strongly
     * consistent read of the same book costs on the same store.
     */
    public static void readsEventuallyConsistent(List<Call> calls, String method, double stronglyConsistent) {
        double units = capacityUnits(calls, method);
        if (units != stronglyConsistent / 2) {
            String how = calls.stream().anyMatch(Call::consistent) ? " asked for a strongly consistent read and" : "";
            fail(shortName(method) + how + " consumed " + units + " read units, where a strongly consistent read of "
                    + "the book costs " + stronglyConsistent + " — a book's page may be a moment stale: an eventually "
                    + "consistent read costs half");
        }
    }

    /**
     * Exercise 07: browsing one category cost less than {@code 1/fraction} of {@code scan}, what a Scan of the whole
     * Books table costs on the same store.
     */
    public static void costsAFractionOfAScan(List<Call> calls, String method, double scan, int fraction) {
        double units = capacityUnits(calls, method);
        if (units >= scan / fraction) {
            fail(shortName(method) + " consumed " + units + " read units to browse one category, against " + scan
                    + " for a Scan of the whole Books table — a Query of " + CATEGORY_INDEX + " reads, and bills, only "
                    + "that category's books: it should cost less than 1/" + fraction + " of the Scan");
        }
    }

    /** The capacity units the calls consumed, as the store reported them; fails where it reported none. */
    public static double capacityUnits(List<Call> calls, String method) {
        if (calls.isEmpty()) {
            fail(shortName(method) + " made no call to the store");
        }
        double units = 0;
        for (Call call : calls) {
            if (call.capacityUnits() == null) {
                fail("The store reported no consumed capacity for " + call.summary());
            }
            units += call.capacityUnits();
        }
        return units;
    }

    private static void noScan(List<Call> calls, String who, String instead) {
        List<Call> scans = reads(calls, Call.Access.SCAN);
        if (!scans.isEmpty()) {
            Call first = scans.get(0);
            int read = scans.stream().mapToInt(Call::itemsRead).sum();
            String whole = first.index() == null ? "the whole " + first.table() + " table" : first.index();
            fail(who + " scanned " + whole + " (Scan, " + read + (read == 1 ? " item" : " items") + " read) — " + instead);
        }
    }

    private static void everyPage(List<Call> queries, String who, String target) {
        if (queries.isEmpty()) {
            fail(who + " never queried " + target);
        }
        Call last = queries.get(queries.size() - 1);
        if (last.succeeded() && last.morePages()) {
            fail(who + " read " + queries.size() + (queries.size() == 1 ? " page" : " pages") + " of the answer and "
                    + "stopped while more were waiting (the last Query answered a LastEvaluatedKey) — an answer over "
                    + "1 MB comes in pages: follow LastEvaluatedKey until there is none, or let the SDK's paginator do it");
        }
    }

    private static List<Call> reads(List<Call> calls, Call.Access access) {
        return calls.stream().filter(call -> call.access() == access).toList();
    }

    static String made(List<Call> calls) {
        return calls.isEmpty() ? " (it made no call to the store)" : " (it made: "
                + calls.stream().map(Call::summary).collect(Collectors.joining("; ")) + ")";
    }

    /** {@code BookRepository.inCategory} → {@code inCategory}, as the messages speak of it. */
    static String shortName(String method) {
        return method.substring(method.indexOf('.') + 1);
    }

    static void fail(String message) {
        throw new AssertionError(message);
    }
}
