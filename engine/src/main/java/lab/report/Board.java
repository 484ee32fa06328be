package lab.report;

import java.util.List;
import java.util.Locale;

import lab.catalogue.Exercise;

/**
 * The board a run ends with: the exercises in order with what became of them, a progress bar with exercises and
 * points, and the exercise to do next with its methods, its hint and the command that runs just it.
 * Results in, text out: the suite's report prints it after every run, and anything else that runs scenarios may too.
 */
public final class Board {

    private static final int BAR_WIDTH = 30;
    private static final int HINT_WIDTH = 96;
    /** Failing scenarios of the exercise in progress the board lists, at most: about a screenful with the rest. */
    private static final int FAILURES_SHOWN = 12;

    private Board() {
    }

    public static String render(Progress progress, BoardStyle style) {
        StringBuilder board = new StringBuilder();
        int total = progress.exercises().size();
        board.append('\n').append(style.bold("Bookstore DynamoDB lab")).append('\n');
        board.append(String.format(Locale.ROOT, "%s  %d of %d exercises done, %d of %d points%n",
                style.bar(progress.done(), total, BAR_WIDTH), progress.done(), total, progress.points(),
                progress.totalPoints()));
        for (ExerciseProgress exercise : progress.exercises()) {
            ExerciseState state = exercise.state();
            String line = String.format(Locale.ROOT, "  %s %s %-38s %-10s %s", style.mark(state), exercise.exercise().id(),
                    exercise.exercise().title(), state.word(), detail(exercise)).stripTrailing();
            board.append(style.paint(state, line)).append('\n');
        }
        if (!progress.scenarios().isEmpty()) {
            board.append(style.dim("  (this run: " + progress.scenarios() + " only: a part of an exercise never makes it "
                    + "done; " + Commands.everything() + " runs them all)")).append('\n');
        } else if (!progress.selection().isEmpty()) {
            board.append(style.dim("  (this run: exercise " + String.join(", ", progress.selection().stream().sorted().toList())
                    + " only; " + Commands.everything() + " runs them all)")).append('\n');
        }
        board.append('\n');
        progress.next().ifPresentOrElse(next -> next(board, next, progress.nextStep(next), style),
                () -> board.append(progress.done() == total ? "Every exercise is done. Well modelled!\n"
                        : "Nothing left that this backend can run.\n"));
        return board.toString();
    }

    private static String detail(ExerciseProgress exercise) {
        String facts = facts(exercise);
        if (exercise.earlier() == null) {
            return facts;
        }
        String when = exercise.earlier().sameCode() ? "earlier run, same code" : "on earlier code: rerun to confirm";
        return facts + " (" + when + ")";
    }

    private static String facts(ExerciseProgress exercise) {
        long ran = exercise.scenarios().size() - exercise.count(Verdict.SKIPPED);
        return switch (exercise.state()) {
            case PARTIAL -> exercise.scenarios().size() + " of " + exercise.planned() + " scenarios ran, and pass";
            case DONE -> exercise.count(Verdict.PASSED) + " scenarios pass"
                    + (exercise.count(Verdict.SKIPPED) > 0 ? ", " + exercise.count(Verdict.SKIPPED) + " skipped" : "");
            case FAILING -> exercise.count(Verdict.PASSED) + " of " + ran + " scenarios pass";
            case SKIPPED -> exercise.scenarios().size() + " scenarios: " + shortReason(exercise.skipReason());
            case NOT_RUN -> "";
        };
    }

    /** "Skipped: the embedded backend has no on-demand backups (…)" becomes "the embedded backend has no on-demand backups". */
    private static String shortReason(String reason) {
        String text = reason.startsWith("Skipped: ") ? reason.substring("Skipped: ".length()) : reason;
        int bracket = text.indexOf(" (");
        return bracket > 0 ? text.substring(0, bracket) : text;
    }

    private static void next(StringBuilder board, ExerciseProgress next, NextStep step, BoardStyle style) {
        Exercise exercise = next.exercise();
        board.append(style.bold("Next: exercise " + exercise.id() + ", " + exercise.title())).append("  (")
                .append(exercise.feature()).append(")\n");
        board.append(line(step)).append('\n');
        List<ScenarioResult> failures = next.failures();
        List<ScenarioResult> shown = failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN));
        // Failures that all say the same (a stub's message) say it once, after their names.
        boolean oneReason = failures.stream().map(ScenarioResult::headline).distinct().count() == 1 && failures.size() > 1;
        String label = "  Failing:  ";
        for (ScenarioResult failure : shown) {
            board.append(label).append(failure.name()).append('\n');
            if (!oneReason) {
                board.append("            ").append(failure.headline()).append('\n');
            }
            label = "            ";
        }
        if (failures.size() > FAILURES_SHOWN) {
            board.append("            ...and ").append(failures.size() - FAILURES_SHOWN)
                    .append(" more: target/kata/index.html lists every one\n");
        }
        if (oneReason) {
            board.append("            each: ").append(failures.get(0).headline()).append('\n');
        }
        if (next.earlier() != null) {
            board.append("  Last run ").append(next.earlier().sameCode() ? "on this same code.\n" : "on earlier code.\n");
        } else if (next.state() == ExerciseState.NOT_RUN) {
            board.append("  Not run yet.\n");
        } else if (next.state() == ExerciseState.PARTIAL) {
            board.append("  Only part of it ran: run it whole to have it done.\n");
        }
        board.append("  Hint:     ");
        wrap(board, exercise.hint(), "            ");
        board.append("  Run just it:  ").append(style.bold(Commands.runExercise(exercise.id()))).append('\n');
        board.append("  Its hint again:  ").append(Commands.hint(exercise.id())).append('\n');
    }

    /** The board's line for the next step: "  Fill in:  BooksTable.create  in src/main/java/bookstore/". */
    static String line(NextStep step) {
        String label = "  " + step.verb() + ":";
        return label + " ".repeat(Math.max(2, 12 - label.length())) + String.join(", ", step.methods()) + "  in "
                + NextStep.WHERE + (step.aside().isEmpty() ? "" : "  " + step.aside());
    }

    private static void wrap(StringBuilder board, String text, String indent) {
        int column = 0;
        for (String word : text.strip().split("\\s+")) {
            if (column > 0 && column + 1 + word.length() > HINT_WIDTH) {
                board.append('\n').append(indent);
                column = 0;
            } else if (column > 0) {
                board.append(' ');
                column++;
            }
            board.append(word);
            column += word.length();
        }
        board.append('\n');
    }
}
