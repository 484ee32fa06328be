package lab.endpoint.backups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.endpoint.LabNamespace;
import lab.endpoint.ServiceError;

/**
 * Table ARNs where the API takes a table's name or its ARN ("You can also provide the Amazon Resource Name (ARN) of
 * the table in this parameter", for CreateBackup, ListBackups, UpdateContinuousBackups and DescribeContinuousBackups),
 * and where it takes an ARN alone (RestoreTableToPointInTime's SourceTableArn, which may name a table of another
 * region): {@code arn:aws:dynamodb:<region>:<account>:table/<name>}.
 */
final class TableArns {

    private TableArns() {
    }

    /**
     * The body with its TableName, if it is a table's ARN, replaced by the table's name; an ARN of another region
     * names no table of this one ({@code TableNotFoundException}).
     */
    static ObjectNode nameInsteadOfArn(LabNamespace namespace, ObjectNode body) {
        String given = body.path("TableName").asText("");
        if (given.startsWith("arn:")) {
            LabNamespace.TableAt table = tableAt(namespace, given);
            if (table.namespace() != namespace) {
                throw ServiceRefusals.tableNotFound(given);
            }
            body.put("TableName", table.table());
        }
        return body;
    }

    /** Where the table an ARN names is, in this region or another; a ValidationException for what is not a table's ARN. */
    static LabNamespace.TableAt tableAt(LabNamespace namespace, String arn) {
        return namespace.tableOf(arn).orElseThrow(() -> ServiceError.validation("Invalid TableArn: " + arn));
    }
}
