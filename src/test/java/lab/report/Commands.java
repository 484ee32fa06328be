package lab.report;

/** The exact commands the reports tell a learner to type. */
public final class Commands {

    private Commands() {
    }

    /** The lab, limited to one exercise. */
    public static String runExercise(String id) {
        return "mvn test -Dkata.exercise=" + id;
    }

    /** The whole lab. */
    public static String everything() {
        return "mvn test";
    }

    /** An exercise's hint, without running anything. */
    public static String hint(String id) {
        return "./hint " + id;
    }
}
