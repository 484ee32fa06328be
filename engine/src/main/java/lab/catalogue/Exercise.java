package lab.catalogue;

import java.nio.file.Path;
import java.util.List;

/**
 * One exercise of the lab.
 *
 * @param id      two digits, the order in which the lab is meant to be read ("01" … "09")
 * @param title   what the learner does, in the bookstore's words
 * @param feature the feature file that specifies it, relative to the project root
 * @param stubs   the learner methods this exercise asks for, as {@code Class.method}
 * @param uses    learner methods of other exercises that some of its scenarios also call
 * @param hint    a nudge toward the API and the modelling idea; never the answer
 * @param points  what the exercise is worth in grading
 */
public record Exercise(String id, String title, String feature, List<String> stubs, List<String> uses,
                       String hint, int points) {

    public Exercise {
        stubs = List.copyOf(stubs);
        uses = List.copyOf(uses);
    }

    public Path featurePath() {
        return Path.of(feature);
    }

    /** The message every stub of this exercise throws, e.g. {@code BookRepository.find — exercise 03, features/03_find_a_book.feature}. */
    public String stubMessage(String stub) {
        return stub + " — exercise " + id + ", " + feature;
    }

    /** Every learner method a scenario of this exercise may call: its own stubs first, then those it uses. */
    public List<String> reachableStubs() {
        return java.util.stream.Stream.concat(stubs.stream(), uses.stream()).toList();
    }
}
