package lab.grading;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import lab.backend.Capabilities;
import lab.backend.EmbeddedBackend;
import lab.backend.Namespace;
import lab.backend.Unguessable;
import lab.client.Clients;
import lab.endpoint.Emulations;
import lab.endpoint.backups.BackupsAndRecovery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Grades a class's submissions into one gradebook: each in a JVM of its own, several at once, against a DynamoDB
 * Local in the grader's JVM that they share, each under a namespace of its own (see {@link BatchServer}). A submission already in
 * the gradebook is kept as it is unless {@code regrade}; whatever one submission does, the batch goes on.
 */
public final class Grader {

    /** The facilitator's copy of the kata. */
    private final Path pristine;

    private static final int FLAGGED_FILES_SHOWN = 5;
    /** A DynamoDB Local serves at least this many submissions, and as many as run at once, before it is renewed. */
    private static final int MIN_SUBMISSIONS_PER_SERVER = 2;

    private final GradingSettings settings;
    private final TamperCheck tamperCheck;
    private final HarnessClasspath classpath = HarnessClasspath.ofThisJvm();
    private final SubmissionCompiler compiler = new SubmissionCompiler(classpath);
    private final Gradebook gradebook;

    /**
     * @param settings how to grade
     * @param pristine the facilitator's copy of the kata, whose features, tests and pom are the reference
     */
    public Grader(GradingSettings settings, Path pristine) {
        this.settings = settings;
        this.tamperCheck = new TamperCheck(pristine);
        this.pristine = pristine.toAbsolutePath();
        this.gradebook = new Gradebook(settings.output());
    }

    public Gradebook gradebook() {
        return gradebook;
    }

    /** Grades the submissions not graded yet, and writes the gradebook with every one of them. */
    public List<SubmissionGrade> grade(List<Submission> submissions, Consumer<String> progress)
            throws InterruptedException {
        List<Submission> toGrade = new ArrayList<>();
        for (Submission submission : submissions) {
            gradebook.previous(submission.learner()).filter(previous -> !settings.regrade()).ifPresentOrElse(
                    previous -> {
                        gradebook.keep(previous);
                        progress.accept(String.format("%-24s already graded (%s/%d); -Dregrade grades it again",
                                submission.learner(), Gradebook.number(previous.total()), previous.max()));
                    },
                    () -> toGrade.add(submission));
        }
        gradebook.writeGradebook();
        if (toGrade.isEmpty()) {
            return gradebook.grades();
        }
        List<PlannedScenario> plan;
        try (EmbeddedBackend server = EmbeddedBackend.start()) {
            plan = ScenarioPlan.discover(settings.features(), probe(server));
        }
        // What a submission under a user id of its own must not see: the facilitator's folders.
        List<Path> facilitators = new ArrayList<>(List.of(pristine, settings.output().toAbsolutePath()));
        toGrade.stream().map(submission -> submission.folder().toAbsolutePath().getParent()).distinct()
                .forEach(facilitators::add);
        try (Sandbox sandbox = Sandbox.strongestAvailable(settings.isolation(), facilitators, progress);
             BatchServer servers = new BatchServer(EmbeddedBackend::start,
                     Math.max(MIN_SUBMISSIONS_PER_SERVER, settings.parallel()));
             SubmissionJvm jvm = new SubmissionJvm(settings, classpath, sandbox, SandboxLimits.SUBMISSION)) {
            SubmissionGrading grading = new SubmissionGrading(settings, new Scoring(plan), compiler, jvm, servers,
                    gradebook);
            runAll(toGrade, grading, progress);
        }
        return gradebook.grades();
    }

    private void runAll(List<Submission> toGrade, SubmissionGrading grading, Consumer<String> progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.parallel()));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger index = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Submission submission : toGrade) {
                String namespace = namespaceFor(index.incrementAndGet(), submission.learner());
                running.add(pool.submit(() -> {
                    SubmissionGrade grade = grading.grade(submission, namespace, flags(submission));
                    gradebook.record(grade);
                    progress.accept(String.format(Locale.ROOT, "[%d/%d] %-24s %s/%d  %s (%.0f s)%s",
                            done.incrementAndGet(), toGrade.size(), grade.learner(), Gradebook.number(grade.total()),
                            grade.max(), grade.outcome().label(), grade.durationSeconds(),
                            grade.flags().isEmpty() ? "" : "  [" + String.join("; ", grade.flags()) + "]"));
                    return null;
                }));
            }
            for (Future<?> submission : running) {
                submission.get();
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof InterruptedException stopped) {
                throw stopped;
            }
            throw new IllegalStateException("Grading stopped: " + failed.getCause(), failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> flags(Submission submission) {
        List<String> changes = tamperCheck.changes(submission);
        if (changes.isEmpty()) {
            return List.of();
        }
        String shown = String.join(", ", changes.subList(0, Math.min(FLAGGED_FILES_SHOWN, changes.size())));
        String more = changes.size() > FLAGGED_FILES_SHOWN ? " and " + (changes.size() - FLAGGED_FILES_SHOWN) + " more" : "";
        return List.of(SubmissionGrade.Flags.TAMPERED + ": " + shown + more
                + " (graded with the facilitator's features, tests and pom)");
    }

    /** What the submissions' scenarios can have: what the backend supports, and what the lab endpoint emulates. */
    private static Capabilities probe(EmbeddedBackend server) {
        try (Clients clients = new Clients();
             DynamoDbClient client = clients.direct(server.endpoint(), server.region(),
                     Namespace.isolated("gradingprobe").credentials())) {
            Capabilities backend = Capabilities.probe(client);
            return backend.emulating(Emulations.forBackendLacking(backend.missing(), BackupsAndRecovery::emulations,
                    server.isolatesScenarios()).provides());
        }
    }

    /**
     * Letters and digits, unique in the batch, recognisable in DynamoDB Local's logs, and ending in twelve random
     * ones: a namespace is the access key to its tables, so no classmate may guess it.
     */
    static String namespaceFor(int index, String learner) {
        String letters = learner.replaceAll("[^A-Za-z0-9]", "");
        String secret = Unguessable.lowerCase(12);
        return String.format(Locale.ROOT, "sub%03d%s%s", index, letters.substring(0, Math.min(20, letters.length())),
                secret);
    }

    /** The moment a grade is made, for the record. */
    static String now() {
        return Instant.now().toString();
    }
}
