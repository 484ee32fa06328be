package lab.report;

import java.util.List;

import lab.catalogue.Exercise;

/**
 * What the learner does next with the methods of the exercise in progress, as the board and the page both say it: fill
 * in those still stubs; when none is, mend them where the exercise fails, else run them.
 *
 * @param verb    "Fill in", "Mend" or "Written"
 * @param methods the methods ({@code Class.method}) it is about, in the catalogue's order
 * @param aside   how many are written, in brackets, or empty
 */
record NextStep(String verb, List<String> methods, String aside) {

    /** Where the learner's methods are. */
    static final String WHERE = "src/main/java/bookstore/";

    /** The step for {@code exercise}, with the methods still stubs ({@code toFillIn}) and whether it fails. */
    static NextStep of(Exercise exercise, List<String> toFillIn, boolean failing) {
        int all = exercise.stubs().size();
        if (toFillIn.isEmpty()) {
            return new NextStep(failing ? "Mend" : "Written", exercise.stubs(), "(none is a stub now)");
        }
        return new NextStep("Fill in", List.copyOf(toFillIn),
                toFillIn.size() < all ? "(" + (all - toFillIn.size()) + " of " + all + " written)" : "");
    }
}
