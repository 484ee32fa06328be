package lab.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import lab.client.Call;
import lab.run.LabRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client nobody here wrote uses the lab endpoint: the AWS CLI, and boto3 from Python, signing with a namespace's
 * learner credentials, describe the Books table the harness made, scan it, back it up and list its backups, and the
 * endpoint records their calls as the learner's. Each is skipped, in one line, where it is not installed, unless
 * {@code -Dkata.anyClient.required=true} (CI installs both).
 */
class AnyClientTest {

    static final String REQUIRED = "kata.anyClient.required";
    private static final String BOTO3 = String.join("\n",
            "import json, sys, boto3",
            "db = boto3.client('dynamodb', endpoint_url=sys.argv[1])",
            "out = {'describe': db.describe_table(TableName='Books'), 'scan': db.scan(TableName='Books'),",
            "       'backup': db.create_backup(TableName='Books', BackupName='ByBoto3')}",
            "out['list'] = db.list_backups(TableName='Books')",
            "print(json.dumps(out, default=str))");

    /**
     * boto3 reading CloudWatch in its query protocol, whatever its version speaks by default: Debian's python3-boto3
     * and awscli 2.9 speak nothing else, newer ones CBOR or JSON first. The endpoint, then the store's clock.
     */
    private static final String BOTO3_QUERY = String.join("\n",
            "import json, sys, datetime, boto3, botocore.session",
            "session = botocore.session.get_session()",
            "loader = session.get_component('data_loader')",
            "load = loader.load_service_model",
            "def as_query(service_name, type_name, api_version=None):",
            "    model = load(service_name, type_name, api_version)",
            "    if service_name == 'cloudwatch' and type_name == 'service-2':",
            "        model = dict(model, metadata=dict(model['metadata'], protocol='query', protocols=['query']))",
            "    return model",
            "loader.load_service_model = as_query",
            "boto = boto3.Session(botocore_session=session)",
            "boto.client('dynamodb', endpoint_url=sys.argv[1]).scan(TableName='Books')",
            "cw = boto.client('cloudwatch', endpoint_url=sys.argv[1])",
            "now = datetime.datetime.fromtimestamp(float(sys.argv[2]), datetime.timezone.utc)",
            "minute = datetime.timedelta(minutes=1)",
            "scans = {'Namespace': 'AWS/DynamoDB', 'MetricName': 'ReturnedItemCount',",
            "         'Dimensions': [{'Name': 'TableName', 'Value': 'Books'}, {'Name': 'Operation', 'Value': 'Scan'}]}",
            "out = {'protocol': cw.meta.service_model.protocol,",
            "       'statistics': cw.get_metric_statistics(StartTime=now - 10 * minute, EndTime=now + minute, Period=660,",
            "                                              Statistics=['Sum', 'SampleCount'], **scans),",
            "       'listed': cw.list_metrics(Namespace='AWS/DynamoDB', MetricName='ConsumedReadCapacityUnits'),",
            "       'data': cw.get_metric_data(StartTime=now - 10 * minute, EndTime=now + minute, MaxDatapoints=5,",
            "                                  MetricDataQueries=[{'Id': 'scanned', 'ReturnData': True,",
            "                                                      'MetricStat': {'Metric': scans, 'Period': 60, 'Stat': 'Sum'}}])}",
            "try:",
            "    cw.get_metric_statistics(StartTime=now - 10 * minute, EndTime=now, Period=90, Statistics=['Sum'], **scans)",
            "except Exception as refused:",
            "    out['refused'] = refused.response['Error']",
            "print(json.dumps(out, default=str))");

    private FiveBooksNamespace store;
    private LabRun run;
    private LabNamespace namespace;

    @BeforeEach
    void theBooksTableTheHarnessMade() {
        store = new FiveBooksNamespace();
        run = store.run;
        namespace = store.namespace;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theAwsCliDescribesScansBacksUpAndListsBackups() throws Exception {
        usable("aws", "--version");
        JsonNode described = cli("describe-table", "--table-name", "Books");
        assertThat(described.path("Table").path("TableName").asText()).isEqualTo("Books");
        assertThat(described.path("Table").path("KeySchema").findValuesAsText("AttributeName")).containsExactly("Author", "Title");
        JsonNode scanned = cli("scan", "--table-name", "Books");
        assertThat(scanned.path("Count").asInt()).isEqualTo(5);
        assertThat(scanned.path("Items").findValuesAsText("S")).contains("The Rainmaker", "Hamlet");
        JsonNode backup = cli("create-backup", "--table-name", "Books", "--backup-name", "ByTheCli");
        assertThat(backup.path("BackupDetails").path("BackupName").asText()).isEqualTo("ByTheCli");
        assertThat(backup.path("BackupDetails").path("BackupArn").asText()).as("an ARN in the CLI's region")
                .startsWith("arn:aws:dynamodb:" + run.endpoint().region() + ":000000000000:table/Books/backup/");
        JsonNode listed = cli("list-backups", "--table-name", "Books");
        assertThat(listed.path("BackupSummaries").findValuesAsText("BackupArn"))
                .containsExactly(backup.path("BackupDetails").path("BackupArn").asText());
        assertRecorded();
    }

    @Test
    void theAwsCliRestoresTheBooksTableToAPointInTimeInAnotherRegion() throws Exception {
        usable("aws", "--version");
        String ireland = "eu-west-1";
        cli("update-continuous-backups", "--table-name", "Books", "--point-in-time-recovery-specification",
                "PointInTimeRecoveryEnabled=true");
        String source = cli("describe-table", "--table-name", "Books").path("Table").path("TableArn").asText();
        JsonNode restored = cli("restore-table-to-point-in-time", "--source-table-arn", source, "--target-table-name",
                "BooksInIreland", "--use-latest-restorable-time", "--region", ireland).path("TableDescription");
        assertThat(restored.path("TableArn").asText()).isEqualTo("arn:aws:dynamodb:" + ireland + ":000000000000:table/BooksInIreland");
        assertThat(restored.path("RestoreSummary").path("SourceTableArn").asText()).isEqualTo(source);
        // The CLI takes a second to start: the restore it asked for is still seen under way, then done.
        JsonNode underWay = cli("describe-table", "--table-name", "BooksInIreland", "--region", ireland).path("Table");
        assertThat(underWay.path("TableStatus").asText()).as("the restored table, first described by the CLI").isEqualTo("CREATING");
        assertThat(underWay.path("RestoreSummary").path("RestoreInProgress").asBoolean()).as("RestoreInProgress, then").isTrue();
        JsonNode done = cli("describe-table", "--table-name", "BooksInIreland", "--region", ireland).path("Table");
        assertThat(done.path("TableStatus").asText()).as("the restored table, described again").isEqualTo("ACTIVE");
        assertThat(done.path("RestoreSummary").path("RestoreInProgress").asBoolean()).as("RestoreInProgress, then").isFalse();
        assertThat(cli("list-tables", "--region", ireland).path("TableNames")).extracting(JsonNode::asText)
                .as("the tables in " + ireland).containsExactly("BooksInIreland");
        assertThat(cli("list-tables").path("TableNames")).extracting(JsonNode::asText)
                .as("the tables in the store's own region").containsExactly("Books");
    }

    @Test
    void theAwsCliReadsTheMetricsOfTheLearnersCallsFromCloudWatch() throws Exception {
        usable("aws", "--version");
        cli("scan", "--table-name", "Books");
        java.time.Instant now = namespace.clock().now();
        JsonNode statistics = run(withEndpoint("aws", "cloudwatch", "get-metric-statistics", "--namespace", "AWS/DynamoDB",
                "--metric-name", "ReturnedItemCount", "--dimensions", "Name=TableName,Value=Books",
                "Name=Operation,Value=Scan", "--start-time", now.minusSeconds(600).toString(),
                "--end-time", now.plusSeconds(60).toString(), "--period", "660", "--statistics", "Sum", "SampleCount"));
        assertThat(statistics.path("Label").asText()).isEqualTo("ReturnedItemCount");
        assertThat(statistics.path("Datapoints")).as("the datapoints of the last ten minutes").hasSize(1);
        assertThat(statistics.path("Datapoints").get(0).path("Sum").asDouble()).as("books the Scan returned").isEqualTo(5.0);
        assertThat(statistics.path("Datapoints").get(0).path("Unit").asText()).isEqualTo("Count");
        JsonNode listed = run(withEndpoint("aws", "cloudwatch", "list-metrics", "--namespace", "AWS/DynamoDB",
                "--metric-name", "ConsumedReadCapacityUnits"));
        assertThat(listed.path("Metrics").findValuesAsText("Value")).as("the tables whose reads were published")
                .containsExactly("Books");
        String refused = failing(withEndpoint("aws", "cloudwatch", "get-metric-statistics", "--namespace", "AWS/DynamoDB",
                "--metric-name", "ReturnedItemCount", "--start-time", now.minusSeconds(600).toString(),
                "--end-time", now.toString(), "--period", "90", "--statistics", "Sum"));
        assertThat(refused).as("what the AWS CLI says of a period of 90 seconds")
                .contains("An error occurred (InvalidParameterValue) when calling the GetMetricStatistics operation: "
                        + "The parameter Period must be a multiple of 60");
    }

    @Test
    void boto3ReadsTheMetricsInCloudWatchsQueryProtocol() throws Exception {
        usable("python3", "-c", "import boto3");
        JsonNode out = run(List.of("python3", "-c", BOTO3_QUERY, run.endpoint().uri().toString(),
                Long.toString(namespace.clock().now().getEpochSecond())));
        assertThat(out.path("protocol").asText()).as("the protocol boto3's CloudWatch client spoke").isEqualTo("query");
        JsonNode datapoints = out.path("statistics").path("Datapoints");
        assertThat(datapoints).as("the datapoints of the last ten minutes, in XML").hasSize(1);
        assertThat(datapoints.get(0).path("Sum").asDouble()).as("books the Scan returned").isEqualTo(5.0);
        assertThat(datapoints.get(0).path("SampleCount").asDouble()).as("Scans").isEqualTo(1.0);
        assertThat(datapoints.get(0).path("Unit").asText()).isEqualTo("Count");
        assertThat(out.path("listed").path("Metrics").findValuesAsText("Value")).as("the tables whose reads were published")
                .containsExactly("Books");
        JsonNode result = out.path("data").path("MetricDataResults").get(0);
        assertThat(result.path("Id").asText()).isEqualTo("scanned");
        assertThat(result.path("Values")).extracting(JsonNode::asDouble).as("GetMetricData's values").containsExactly(5.0);
        assertThat(result.path("StatusCode").asText()).isEqualTo("Complete");
        assertThat(out.path("refused").path("Code").asText()).as("the code of a refused period of 90 seconds")
                .isEqualTo("InvalidParameterValue");
        assertThat(out.path("refused").path("Message").asText()).startsWith("The parameter Period must be a multiple of 60");
    }

    @Test
    void boto3DescribesScansBacksUpAndListsBackups() throws Exception {
        usable("python3", "-c", "import boto3");
        JsonNode out = run(List.of("python3", "-c", BOTO3, run.endpoint().uri().toString()));
        assertThat(out.path("describe").path("Table").path("TableName").asText()).isEqualTo("Books");
        assertThat(out.path("scan").path("Count").asInt()).isEqualTo(5);
        String arn = out.path("backup").path("BackupDetails").path("BackupArn").asText();
        assertThat(out.path("backup").path("BackupDetails").path("BackupStatus").asText()).isIn("CREATING", "AVAILABLE");
        assertThat(out.path("list").path("BackupSummaries").findValuesAsText("BackupArn")).containsExactly(arn);
        assertRecorded();
    }

    private void assertRecorded() {
        assertThat(namespace.calls().calls()).extracting(Call::operation).as("the calls the endpoint recorded")
                .containsExactly("DescribeTable", "Scan", "CreateBackup", "ListBackups");
    }

    private JsonNode cli(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("aws", "dynamodb"));
        line.addAll(List.of(command));
        return run(withEndpoint(line.toArray(String[]::new)));
    }

    private List<String> withEndpoint(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of("--endpoint-url", run.endpoint().uri().toString(), "--output", "json"));
        return line;
    }

    /** Skips in one line where the tool is missing, or fails where {@code -Dkata.anyClient.required=true}. */
    private static void usable(String... probe) throws InterruptedException {
        String reason = null;
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                reason = "'" + String.join(" ", probe) + "' failed";
            }
        } catch (IOException absent) {
            reason = probe[0] + " is not on the PATH";
        }
        if (reason != null) {
            reason += ": apt-get install -y awscli python3-boto3 (as root) runs this check";
            if (Boolean.getBoolean(REQUIRED)) {
                fail(reason + " (-D" + REQUIRED + "=true makes it required)");
            }
            Assumptions.abort(reason);
        }
    }

    private JsonNode run(List<String> command) throws IOException, InterruptedException {
        Process process = start(command);
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s's exit code; it said: %s", String.join(" ", command.subList(0, 3)), err)
                .isZero();
        return WireAnswer.JSON.readTree(out);
    }

    /** What a command that must fail said on its standard error. */
    private String failing(List<String> command) throws IOException, InterruptedException {
        Process process = start(command);
        process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s's exit code; it said: %s", String.join(" ", command.subList(0, 3)), err)
                .isNotZero();
        return err;
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", namespace.learnerCredentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", namespace.learnerCredentials().secretAccessKey());
        env.put("AWS_DEFAULT_REGION", run.endpoint().region());
        env.put("AWS_CONFIG_FILE", "/nonexistent");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        return builder.start();
    }
}
