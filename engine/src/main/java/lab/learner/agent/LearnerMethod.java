package lab.learner.agent;

/**
 * A method of the learner's API as the exercise catalogue names it, {@code BooksTable.create}: a public class of the
 * learner's package and one of its public methods. Which overload is meant is found when it is called, by its
 * arguments; each call is made on a fresh instance made with the scenario's client, so that even the learner's
 * constructor runs inside the call's bounds.
 */
public record LearnerMethod(String simpleClassName, String methodName) {

    /** The package of the learner's classes, with its dot. */
    public static final String LEARNER_PACKAGE = "bookstore.";

    public LearnerMethod {
        if (!isName(simpleClassName) || !isName(methodName)) {
            throw new IllegalArgumentException("Not a learner method (Class.method): " + simpleClassName + "." + methodName);
        }
    }

    /** The method the catalogue names {@code Class.method}. */
    public static LearnerMethod named(String display) {
        int dot = display.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("Not a learner method (Class.method): " + display);
        }
        return new LearnerMethod(display.substring(0, dot), display.substring(dot + 1));
    }

    public String className() {
        return LEARNER_PACKAGE + simpleClassName;
    }

    /** As the catalogue and the lab's messages name it: {@code BooksTable.create}. */
    public String display() {
        return simpleClassName + "." + methodName;
    }

    private static boolean isName(String part) {
        return part != null && !part.isEmpty() && Character.isJavaIdentifierStart(part.charAt(0))
                && part.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
