package lab.serve;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import lab.backend.KataConfigurationException;
import lab.endpoint.LabCredentials;
import lab.endpoint.LabNamespace;
import lab.fixtures.Library;
import lab.learner.CallLimit;
import lab.learner.Learners;
import lab.learner.agent.LearnerClients;
import lab.run.EndsWithItsParent;
import lab.run.LabRun;
import lab.steps.LabFailure;
import lab.steps.Learner;

/**
 * {@code ./mvnw -q -Pserve}: builds the Books table with the learner's own code (create it, insert the five books, add
 * CategoryIndex, as far as those exercises work), then keeps the lab endpoint serving it until Ctrl-C, and prints
 * what the AWS CLI, boto3 or NoSQL Workbench need to look at it: the endpoint, the region and the credentials.
 */
public final class ServeCommand {

    private ServeCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        EndsWithItsParent.watchParent();
        PrintStream out = System.out;
        int status = 0;
        try {
            serve(out);
        } catch (KataConfigurationException refused) {
            out.println(refused.getMessage());
            status = 2;
        }
        // DynamoDB Local leaves non-daemon threads behind: this JVM ends here, explicitly.
        System.exit(status);
    }

    private static void serve(PrintStream out) throws InterruptedException {
        out.println("Starting DynamoDB Local and the lab endpoint...");
        LabRun run = LabRun.current();
        LabNamespace namespace = run.openNamespace();
        run.endpoint().serveEveryCallerAs(namespace);
        try (LearnerClients clients = run.learnerClientsInThisJvm(namespace);
             Learners inThisJvm = Learners.inThisJvm(CallLimit.configured())) {
            Learner learner = new Learner(inThisJvm.inThisJvm(clients));
            boolean built = step(out, learner, "BooksTable.create", "the Books table")
                    && step(out, learner, "BookRepository.insert", "the five books", Library.FIVE_BOOKS)
                    && step(out, learner, "BooksTable.addCategoryIndex", "CategoryIndex");
            out.println(built ? "Your code built the whole table." : "Serving what your code built so far.");
        }
        LabCredentials credentials = namespace.learnerCredentials();
        String endpoint = run.endpoint().uri().toString();
        out.println();
        out.println("The lab endpoint serves your table until Ctrl-C:");
        out.println("  endpoint  " + endpoint);
        out.println("  region    " + run.endpoint().region());
        out.println("  key id    " + credentials.accessKeyId() + "   (any key id and secret reach this table while it serves)");
        out.println("  secret    " + credentials.secretAccessKey());
        out.println();
        out.println("AWS CLI:         AWS_ACCESS_KEY_ID=" + credentials.accessKeyId() +  " AWS_SECRET_ACCESS_KEY=" + credentials.secretAccessKey() + " "
                + "aws dynamodb scan --table-name Books --endpoint-url " + endpoint + " --region " + run.endpoint().region());
        out.println("CloudWatch:      the same, then aws cloudwatch list-metrics --namespace AWS/DynamoDB --endpoint-url "
                + endpoint + " --region " + run.endpoint().region() + "   (the metrics of what your code did here)");
        out.println("NoSQL Workbench: Operation builder > Add connection > DynamoDB local, hostname "
                + run.endpoint().uri().getHost() + ", port " + run.endpoint().uri().getPort());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LabRun.stop();
            out.println();
            out.println("The lab endpoint stopped.");
            out.flush();
            stopped.countDown();
        }, "serve-stop"));
        stopped.await();
    }

    /** One learner method, bounded as in the lab; says what it built, or why it stopped there. */
    private static boolean step(PrintStream out, Learner learner, String method, String what, Object... arguments) {
        try {
            learner.run(method, arguments);
            out.println("  built " + what + " with " + method);
            return true;
        } catch (LabFailure failed) {
            out.println("  stopped before " + what + ": " + failed.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }
}
