package lab.report;

/**
 * The exact commands the reports tell a learner to type: through the Maven Wrapper and the JDK alone, so that they work
 * as printed in bash, zsh and PowerShell (in cmd.exe, {@code mvnw} without the {@code ./}).
 */
public final class Commands {

    private Commands() {
    }

    /** The lab, limited to one exercise. */
    public static String runExercise(String id) {
        return "./mvnw test -Dkata.exercise=" + id;
    }

    /** The whole lab. */
    public static String everything() {
        return "./mvnw test";
    }

    /** An exercise's hint, without running anything. */
    public static String hint(String id) {
        return "java hint.java " + id;
    }
}
