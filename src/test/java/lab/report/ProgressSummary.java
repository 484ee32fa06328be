package lab.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/** After every run: which exercises are done, which are to do, and which one to start with. */
public class ProgressSummary implements ConcurrentEventListener {

    private final Map<String, List<Status>> statuses = new LinkedHashMap<>();
    private final Map<String, String> firstFailure = new LinkedHashMap<>();
    private final PrintStream out = System.out;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, finished -> print());
    }

    private synchronized void scenarioFinished(TestCaseFinished event) {
        Catalogue.byFeatureUri(event.getTestCase().getUri()).ifPresent(exercise -> {
            statuses.computeIfAbsent(exercise.id(), id -> new ArrayList<>()).add(event.getResult().getStatus());
            if (event.getResult().getStatus() == Status.FAILED && event.getResult().getError() != null) {
                firstFailure.putIfAbsent(exercise.id(), event.getResult().getError().getMessage());
            }
        });
    }

    private synchronized void print() {
        StringBuilder board = new StringBuilder("\nBookstore DynamoDB lab\n");
        Exercise next = null;
        int done = 0;
        for (Exercise exercise : Catalogue.EXERCISES) {
            List<Status> results = statuses.getOrDefault(exercise.id(), List.of());
            long passed = results.stream().filter(status -> status == Status.PASSED).count();
            long skipped = results.stream().filter(status -> status == Status.SKIPPED).count();
            String state;
            if (results.isEmpty()) {
                state = "not run";
            } else if (passed + skipped == results.size()) {
                state = skipped == results.size() ? "skipped (" + skipped + " not supported here)" : "done";
                done += passed > 0 ? 1 : 0;
            } else {
                state = "to do (" + passed + "/" + (results.size() - skipped) + " scenarios pass)";
                if (next == null) {
                    next = exercise;
                }
            }
            board.append(String.format("  %s %-40s %s%n", exercise.id(), exercise.title(), state));
        }
        board.append(String.format("%d of %d exercises done.%n", done, Catalogue.EXERCISES.size()));
        if (next != null) {
            board.append("Next: exercise ").append(next.id()).append(", ").append(next.title())
                    .append(" (").append(next.feature()).append(")\n")
                    .append("  fill in: ").append(String.join(", ", next.stubs())).append('\n');
            String failure = firstFailure.get(next.id());
            if (failure != null) {
                board.append("  first failure: ").append(failure.lines().findFirst().orElse("")).append('\n');
            }
        }
        out.print(board);
        out.flush();
    }
}
