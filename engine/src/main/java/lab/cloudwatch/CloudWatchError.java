package lab.cloudwatch;

/**
 * A refusal in CloudWatch's own terms: the error's shape (what the SDK's exception is named after, e.g.
 * {@code InvalidParameterValueException}), its query-protocol code (what the AWS CLI prints, e.g.
 * {@code InvalidParameterValue}), the HTTP status and the message.
 */
public final class CloudWatchError extends RuntimeException {

    private final int status;
    private final String shape;
    private final String code;

    private CloudWatchError(int status, String shape, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.shape = shape;
        this.code = code;
    }

    static CloudWatchError invalidValue(String message) {
        return new CloudWatchError(400, "InvalidParameterValueException", "InvalidParameterValue", message);
    }

    static CloudWatchError missing(String parameter) {
        return new CloudWatchError(400, "MissingRequiredParameterException", "MissingParameter",
                "The parameter " + parameter + " is required.");
    }

    static CloudWatchError combination(String message) {
        return new CloudWatchError(400, "InvalidParameterCombinationException", "InvalidParameterCombination", message);
    }

    /** What CloudWatch answers for a request its own validation refuses: not a modelled error, a code alone. */
    static CloudWatchError validation(String message) {
        return new CloudWatchError(400, "ValidationError", "ValidationError", message);
    }

    /** Something went wrong on the lab's side. */
    public static CloudWatchError internal(String message) {
        return new CloudWatchError(500, "InternalServiceFault", "InternalServiceError", message);
    }

    static CloudWatchError invalidNextToken() {
        return new CloudWatchError(400, "InvalidNextToken", "InvalidNextToken", "The service couldn't process the NextToken.");
    }

    /** An operation of CloudWatch's that the lab endpoint does not serve. */
    public static CloudWatchError unknownOperation(String operation) {
        return new CloudWatchError(400, "UnknownOperationException", "UnknownOperation", "The lab endpoint serves "
                + "CloudWatch's GetMetricData, GetMetricStatistics and ListMetrics, not " + operation + ".");
    }

    /** A request body that is not a CBOR map. */
    public static CloudWatchError serialization(String why) {
        return new CloudWatchError(400, "SerializationException", "SerializationException",
                "The request body is not a CBOR map: " + why);
    }

    /** A request whose credentials name no store the endpoint serves. */
    public static CloudWatchError unrecognizedClient() {
        return new CloudWatchError(400, "UnrecognizedClientException", "UnrecognizedClient",
                "The security token included in the request is invalid.");
    }

    public int status() {
        return status;
    }

    public String shape() {
        return shape;
    }

    public String code() {
        return code;
    }

    /** Whether the caller's request was at fault (the query protocol's "Sender") rather than the service. */
    public boolean sender() {
        return status < 500;
    }
}
