package lab.report;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How the board is drawn: Unicode marks and bar, or plain ASCII; with colour, or without.
 *
 * @param unicode whether the output is a UTF-8 terminal outside CI
 * @param colour  whether ANSI colours may be used
 */
public record BoardStyle(boolean unicode, boolean colour) {

    public static final BoardStyle PLAIN = new BoardStyle(false, false);

    /**
     * The style for this process's standard output: Unicode only on a UTF-8 terminal outside CI, colour only on a
     * terminal and without {@code NO_COLOR}. A JVM whose output goes to a file, a pipe or a build tool (a forked test
     * JVM, an IDE) has no console, and gets plain ASCII without colour.
     */
    public static BoardStyle detect() {
        java.io.Console console = System.console();
        return detect(System.getenv(), console == null ? null : console.charset());
    }

    /**
     * @param environment   the environment variables ({@code CI}, {@code NO_COLOR}, {@code TERM})
     * @param terminalCharset the charset of the terminal the output goes to, or null when it goes to no terminal
     */
    public static BoardStyle detect(Map<String, String> environment, Charset terminalCharset) {
        String term = environment.getOrDefault("TERM", "");
        boolean terminal = terminalCharset != null && !term.equals("dumb");
        boolean ci = environment.containsKey("CI");
        boolean unicode = terminal && !ci && terminalCharset.equals(StandardCharsets.UTF_8);
        // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
        boolean colour = terminal && environment.getOrDefault("NO_COLOR", "").isEmpty();
        return new BoardStyle(unicode, colour);
    }

    String mark(ExerciseState state) {
        return switch (state) {
            case DONE -> unicode ? "✔" : "[x]";
            case FAILING -> unicode ? "✘" : "[!]";
            case PARTIAL -> unicode ? "◐" : "[~]";
            case SKIPPED -> unicode ? "–" : "[-]";
            case NOT_RUN -> unicode ? "·" : "[ ]";
        };
    }

    String bar(long done, long total, int width) {
        int filled = total == 0 ? 0 : (int) Math.round(width * (double) done / total);
        String full = unicode ? "█" : "#";
        String empty = unicode ? "░" : "-";
        return (unicode ? "" : "[") + full.repeat(filled) + empty.repeat(width - filled) + (unicode ? "" : "]");
    }

    String paint(ExerciseState state, String text) {
        return switch (state) {
            case DONE -> paint("32", text);
            case FAILING -> paint("31", text);
            case PARTIAL -> paint("36", text);
            case SKIPPED -> paint("33", text);
            case NOT_RUN -> paint("2", text);
        };
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
