package lab.client;

/**
 * One request the learner's code made, as the lab endpoint saw it at the wire.
 *
 * @param operation     the DynamoDB operation, e.g. {@code GetItem}, {@code Query}, {@code BatchWriteItem}
 * @param table         the table it named (for a batch, the first table it named; for a restore, the new table), or null
 * @param index         the index it named, or null when it read the table itself
 * @param access        how it reached the items: by key, by query, by scan, a write, or none of these
 * @param itemsReturned items the answer held (for a write: none)
 * @param itemsRead     items the service read to answer: a Query's or Scan's ScannedCount, a GetItem's one item
 * @param morePages     whether the answer ended with a LastEvaluatedKey, i.e. another page was waiting
 * @param consistent    whether the read asked for a strongly consistent read
 * @param conditional   whether the write carried a condition expression
 * @param writes        item writes the learner's request carried (for a batch: every put and delete in it)
 * @param handedBack    item writes the answer handed back unprocessed (those the harness held back included)
 * @param capacityUnits the capacity units the service reported for the call, or null where it reported none
 * @param throttled     attempts the harness refused as throttled before this call's outcome
 * @param failure       the simple name of the exception the call ended with, or null when it succeeded
 * @param tableStatus   the status of the table the answer described (DescribeTable's, a restore's, ...), or null
 * @param region        the region it was sent to where that is not the scenario's own, or null
 */
public record Call(String operation, String table, String index, Access access, int itemsReturned, int itemsRead,
                   boolean morePages, boolean consistent, boolean conditional, int writes, int handedBack,
                   Double capacityUnits, int throttled, String failure, String tableStatus, String region) {

    /** How a call reached the store's items. */
    public enum Access {
        /** GetItem, BatchGetItem or TransactGetItems: items named by their whole key. */
        KEY,
        /** Query: one partition of a table or an index. */
        QUERY,
        /** Scan: every item of a table or an index. */
        SCAN,
        /** PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems. */
        WRITE,
        /** Anything else: the table's own operations (DescribeTable, UpdateTable, ...). */
        OTHER
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** Where the call went, in words: "the Books table", "CategoryIndex", "the BooksInIreland table in eu-west-1". */
    public String target() {
        String where = index != null ? index : table == null ? "no table" : "the " + table + " table";
        return region == null ? where : where + " in " + region;
    }

    /** The same call, sent to {@code otherRegion} (null: the scenario's own). */
    public Call inRegion(String otherRegion) {
        return new Call(operation, table, index, access, itemsReturned, itemsRead, morePages, consistent, conditional,
                writes, handedBack, capacityUnits, throttled, failure, tableStatus, otherRegion);
    }

    /** The call in a few words, e.g. {@code Scan of the Books table, 5 items read}. */
    public String summary() {
        return describe(false);
    }

    /**
     * The call as the learner's report lists it: its summary, with what it cost and how it went, e.g.
     * {@code Query on CategoryIndex, 3 items read, 3 answered, 0.5 capacity units, 2 attempts throttled}.
     */
    public String summaryWithCost() {
        return describe(true);
    }

    private String describe(boolean withCost) {
        StringBuilder text = new StringBuilder(operation);
        if (table != null) {
            text.append(" on ").append(target());
        }
        boolean reads = access == Access.KEY || access == Access.QUERY || access == Access.SCAN;
        if (reads) {
            text.append(", ").append(itemsRead).append(itemsRead == 1 ? " item read" : " items read");
        }
        if (access == Access.WRITE) {
            text.append(", ").append(writes).append(writes == 1 ? " write" : " writes");
            if (handedBack > 0) {
                text.append(", ").append(handedBack).append(" handed back");
            }
        }
        if (withCost) {
            costs(text, reads);
        }
        if (failure != null) {
            text.append(", failed with ").append(failure);
        }
        return text.toString();
    }

    private void costs(StringBuilder text, boolean reads) {
        if (reads) {
            text.append(", ").append(itemsReturned).append(" answered");
            if (consistent) {
                text.append(", strongly consistent");
            }
            if (morePages) {
                text.append(", more pages waiting");
            }
        }
        if (conditional) {
            text.append(", conditional");
        }
        if (capacityUnits != null) {
            text.append(", ").append(capacityUnits % 1 == 0 ? String.valueOf(capacityUnits.longValue()) : String.valueOf(capacityUnits))
                    .append(capacityUnits == 1 ? " capacity unit" : " capacity units");
        }
        if (throttled > 0) {
            text.append(", ").append(throttled).append(throttled == 1 ? " attempt throttled" : " attempts throttled");
        }
        if (tableStatus != null) {
            text.append(", table ").append(tableStatus);
        }
    }
}
