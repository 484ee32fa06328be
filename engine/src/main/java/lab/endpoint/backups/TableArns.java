package lab.endpoint.backups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.ServiceError;

/**
 * Table ARNs where the API takes a table's name or its ARN ("You can also provide the Amazon Resource Name (ARN) of
 * the table in this parameter", for CreateBackup, ListBackups, UpdateContinuousBackups and DescribeContinuousBackups):
 * {@code arn:aws:dynamodb:<region>:<account>:table/<name>}.
 */
final class TableArns {

    private static final String TABLE = ":table/";

    private TableArns() {
    }

    /** The body with its TableName, if it is a table's ARN, replaced by the table's name. */
    static ObjectNode nameInsteadOfArn(ObjectNode body) {
        String given = body.path("TableName").asText("");
        if (given.startsWith("arn:") && given.contains(TABLE)) {
            body.put("TableName", tableOf(given));
        }
        return body;
    }

    /** The name of the table an ARN names; a ValidationException for what is not a table's ARN. */
    static String tableOf(String arn) {
        int at = arn.lastIndexOf(TABLE);
        if (at < 0) {
            throw ServiceError.validation("Invalid TableArn: " + arn);
        }
        String rest = arn.substring(at + TABLE.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
