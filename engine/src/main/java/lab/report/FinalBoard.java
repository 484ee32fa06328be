package lab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import lab.backend.KataConfigurationException;
import lab.selection.ExerciseSelection;

/**
 * The last step of the learner's {@code mvn test}: after Surefire has run the lab (told to leave failures to this
 * step), it draws the board again from {@code target/kata/progress.json}, in the style the terminal allows, and fails
 * the build in one line while an exercise the run chose is not done. It runs in Maven's own JVM, which knows
 * whether its output is a terminal; the forked JVM that ran the scenarios does not.
 * Arguments: the progress.json file, and the instant the build started (a progress.json older than that is left over
 * from an earlier build: this one did not finish the lab).
 */
public final class FinalBoard {

    private FinalBoard() {
    }

    public static void main(String[] args) throws IOException {
        BuildStepFailure.endTheBuildIfItFails(() -> show(args));
    }

    private static void show(String[] args) throws IOException {
        if (args.length != 2) {
            throw new BuildStepFailure("Usage: FinalBoard PROGRESS_JSON BUILD_STARTED_AT");
        }
        Path file = readable(Path.of(args[0]));
        try {
            ExerciseSelection.configured();
        } catch (KataConfigurationException refused) {
            throw new BuildStepFailure(refused.getMessage());
        }
        Progress progress = fresh(file, buildStart(args[1]));
        System.out.print(Board.render(progress, BoardStyle.detect()));
        System.out.println(LabReport.reportsLine(file.getParent(), WorkbenchModel.table()));
        System.out.flush();
        Optional<String> remaining = remaining(progress);
        if (remaining.isPresent()) {
            throw new BuildStepFailure(remaining.get());
        }
    }

    /** The run this build made, or a one-line failure when it made none. */
    static Progress fresh(Path file, Instant buildStart) throws IOException {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException none) {
            throw notFinished(file);
        }
        Progress progress;
        try {
            progress = ProgressJson.read(json);
        } catch (IllegalArgumentException unreadable) {
            throw new BuildStepFailure("The lab's " + file + " cannot be read (" + unreadable.getMessage()
                    + "): run mvn clean test");
        }
        if (progress.finishedAt().isBefore(buildStart.truncatedTo(ChronoUnit.SECONDS))) {
            throw notFinished(file);
        }
        return progress;
    }

    /**
     * What still fails, in one line, or empty when every exercise the run chose is done (or skipped where the backend
     * cannot run it).
     */
    static Optional<String> remaining(Progress progress) {
        List<ExerciseProgress> failing = progress.exercises().stream()
                .filter(exercise -> exercise.ranNow() && exercise.state() == ExerciseState.FAILING).toList();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        String next = failing.get(0).exercise().id();
        String which = failing.size() == 1 ? "Exercise " + next + " is"
                : failing.size() + " exercises (" + String.join(", ", failing.stream().map(e -> e.exercise().id()).toList()) + ") are";
        return Optional.of(which + " not done yet: see the board above; " + Commands.runExercise(next) + " runs exercise "
                + next + " alone.");
    }

    /** target/kata/progress.json rather than /home/…/project/target/kata/progress.json, when run from the project. */
    private static Path readable(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private static BuildStepFailure notFinished(Path file) {
        return new BuildStepFailure("The lab's scenarios did not run to the end in this build (no fresh " + file
                + "): the lines above say what stopped them, or -Dtest left them out.");
    }

    private static Instant buildStart(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unparsable) {
            throw new BuildStepFailure("FinalBoard: the build's start '" + text + "' is not an ISO instant such as 2026-01-31T12:00:00Z");
        }
    }
}
