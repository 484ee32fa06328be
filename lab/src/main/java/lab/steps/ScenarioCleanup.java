package lab.steps;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import lab.backend.CreatedResources;
import lab.fixtures.Fixtures;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * On an endpoint the harness does not own: removes the tables and backups the scenario made, and nothing else.
 * Whatever cannot be removed fails the scenario, naming it, rather than being left behind silently.
 */
final class ScenarioCleanup {

    /** How far the endpoint's clock may be behind this machine's when judging a table's age. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private ScenarioCleanup() {
    }

    static void removeWhatItMade(Fixtures fixtures, CreatedResources created, Instant scenarioStarted) {
        // Tables first: a backup is in use while a table is being restored from it.
        for (Map.Entry<String, CreatedResources.Made> table : created.tables().entrySet()) {
            Optional<TableDescription> described = fixtures.describe(table.getKey());
            if (described.isPresent() && madeByTheScenario(described.get(), table.getValue(), scenarioStarted)) {
                fixtures.deleteTable(table.getKey());
            }
        }
        for (String backupArn : created.backupArns()) {
            try {
                fixtures.client().deleteBackup(delete -> delete.backupArn(backupArn));
            } catch (BackupNotFoundException alreadyGone) {
                // The scenario (or the learner's code) deleted it itself: there is nothing left to remove.
            }
        }
    }

    /** A table whose making was answered is the scenario's; one whose request went unanswered, only if it is younger. */
    private static boolean madeByTheScenario(TableDescription table, CreatedResources.Made made, Instant scenarioStarted) {
        if (made == CreatedResources.Made.ANSWERED) {
            return true;
        }
        Instant createdAt = table.creationDateTime();
        return createdAt != null && !createdAt.isBefore(scenarioStarted.minus(CLOCK_MARGIN));
    }
}
