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
     * The style for this process's standard output: ASCII when the output is not a UTF-8 terminal or {@code CI} is set,
     * no colour when {@code NO_COLOR} is set (or the output is no terminal).
     */
    public static BoardStyle detect() {
        String encoding = System.getProperty("sun.stdout.encoding", System.getProperty("stdout.encoding"));
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        return detect(System.getenv(), charset);
    }

    public static BoardStyle detect(Map<String, String> environment, Charset outputCharset) {
        String term = environment.getOrDefault("TERM", "");
        boolean terminal = !term.isBlank() && !term.equals("dumb");
        boolean ci = environment.containsKey("CI");
        boolean unicode = terminal && !ci && outputCharset.equals(StandardCharsets.UTF_8);
        boolean colour = terminal && !environment.containsKey("NO_COLOR");
        return new BoardStyle(unicode, colour);
    }

    String mark(ExerciseState state) {
        return switch (state) {
            case DONE -> unicode ? "✔" : "[x]";
            case FAILING -> unicode ? "✘" : "[!]";
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
