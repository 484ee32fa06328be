package lab.endpoint;

/**
 * A table, or one of its global secondary indexes, whose capacity a request found spent: on the service, each such
 * part's read or write is a throttle event of its own ({@code ReadThrottleEvents}, {@code WriteThrottleEvents}, with
 * the index's name as a dimension for an index), while the request is one throttled request of the table.
 *
 * @param table the table
 * @param index the index, or null for the table itself
 */
public record ThrottledPart(String table, String index) {
}
