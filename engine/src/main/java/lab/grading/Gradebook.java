package lab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * The class's grades: {@code gradebook.csv}, {@code gradebook.json} and {@code gradebook.html}, rewritten whole
 * (atomically) each time a submission is graded, and each learner's {@code result.json} in their own folder, which a
 * rerun reads back instead of grading again.
 */
public final class Gradebook {

    public static final String RESULT = "result.json";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final Map<String, SubmissionGrade> grades = new TreeMap<>();

    public Gradebook(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Where a learner's report, result and run output go. */
    public Path learnerFolder(String learner) {
        return folder.resolve(learner);
    }

    /** The grade a previous run left for this learner, if it can be read. */
    public Optional<SubmissionGrade> previous(String learner) {
        Path result = learnerFolder(learner).resolve(RESULT);
        if (!Files.exists(result)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(result.toFile(), SubmissionGrade.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Records a grade: its learner's result.json first, then the three gradebook files. */
    public synchronized void record(SubmissionGrade grade) {
        AtomicFiles.write(learnerFolder(grade.learner()).resolve(RESULT), json(grade));
        grades.put(grade.learner(), grade);
        writeGradebook();
    }

    /** Keeps a grade a previous run recorded, as it is. */
    public synchronized void keep(SubmissionGrade previous) {
        grades.put(previous.learner(), previous);
    }

    public synchronized List<SubmissionGrade> grades() {
        return List.copyOf(grades.values());
    }

    public synchronized void writeGradebook() {
        List<SubmissionGrade> rows = new ArrayList<>(grades.values());
        AtomicFiles.write(folder.resolve("gradebook.csv"), csv(rows));
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("generatedAt", Instant.now().toString());
        book.put("exercises", Catalogue.EXERCISES.stream()
                .map(exercise -> Map.of("id", exercise.id(), "title", exercise.title(), "points", exercise.points()))
                .toList());
        book.put("learners", rows);
        AtomicFiles.write(folder.resolve("gradebook.json"), json(book));
        AtomicFiles.write(folder.resolve("gradebook.html"), GradebookHtml.render(rows));
    }

    static String csv(List<SubmissionGrade> rows) {
        StringBuilder csv = new StringBuilder("learner");
        for (Exercise exercise : Catalogue.EXERCISES) {
            csv.append(',').append(exercise.id());
        }
        csv.append(",total,max,verdict,flags,isolation\n");
        for (SubmissionGrade row : rows) {
            csv.append(cell(row.learner()));
            for (ExerciseScore score : row.exercises()) {
                csv.append(',').append(score.gradable() ? number(score.points()) : "");
            }
            csv.append(',').append(number(row.total())).append(',').append(row.max())
                    .append(',').append(cell(row.outcome().label()))
                    .append(',').append(cell(String.join("; ", row.flags())))
                    .append(',').append(row.isolation() == null ? "" : cell(row.isolation())).append('\n');
        }
        return csv.toString();
    }

    static String number(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }

    private static String cell(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what a previous attempt at this learner left, before grading them again. */
    public void clearLearner(String learner) {
        Path mine = learnerFolder(learner);
        if (!Files.exists(mine)) {
            return;
        }
        try (var walk = Files.walk(mine)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + mine + " before grading " + learner + " again", e);
        }
    }
}
