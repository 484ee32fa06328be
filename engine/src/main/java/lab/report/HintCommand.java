package lab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lab.catalogue.Catalogue;
import lab.catalogue.CatalogueException;
import lab.catalogue.Exercise;

/**
 * {@code java hint.java [NN]} (or {@code ./hint [NN]}): an exercise's hint, read from the catalogue without running anything. With no id, the
 * exercise the last run named next (target/kata/progress.json), or the first. It needs only the catalogue and the JDK,
 * so it works even while the learner's code does not compile.
 */
public final class HintCommand {

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"(\\d+)\"");

    private HintCommand() {
    }

    public static void main(String[] args) {
        String answer;
        int status = 0;
        try {
            answer = hint(args.length == 0 ? null : args[0], Path.of("target/kata/progress.json"));
        } catch (IllegalArgumentException unknown) {
            answer = unknown.getMessage();
            status = 2;
        } catch (ExceptionInInitializerError unreadable) {
            answer = CatalogueException.behind(unreadable).orElseThrow(() -> unreadable).getMessage();
            status = 1;
        }
        System.out.println(answer);
        System.exit(status);
    }

    /** The text {@code java hint.java id} prints; an unknown id is refused in one line. */
    public static String hint(String id, Path progress) {
        Exercise exercise;
        if (id == null || id.isBlank()) {
            exercise = lastNext(progress).flatMap(Catalogue::byId).orElse(Catalogue.EXERCISES.get(0));
        } else {
            exercise = Catalogue.byId(id.strip()).orElseThrow(() -> new IllegalArgumentException("There is no exercise '"
                    + id.strip() + "': use an id from " + Catalogue.idRange() + ", e.g. " + Commands.hint("03")));
        }
        return "Exercise " + exercise.id() + ", " + exercise.title() + "  (" + exercise.feature() + ")\n"
                + "Fill in: " + String.join(", ", exercise.stubs()) + "  in src/main/java/bookstore/\n"
                + "Hint: " + exercise.hint().strip() + "\n"
                + "Run just it: " + Commands.runExercise(exercise.id());
    }

    private static Optional<String> lastNext(Path progress) {
        try {
            Matcher next = NEXT.matcher(Files.readString(progress));
            return next.find() ? Optional.of(next.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }
}
