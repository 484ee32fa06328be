package lab.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's table of exercises, made from the catalogue: {@code ./mvnw -q -Pclassroom} writes it into README.md
 * (with the Classroom workflow), and a check compares the two, so that the table is never kept by hand.
 */
public final class ReadmeTable {

    /** The table's header: the rows below it, up to the first line that is not a row, are the catalogue's. */
    public static final String HEADER = "| # | exercise | feature | you write |";
    private static final String RULE = "|---|---|---|---|";

    private ReadmeTable() {
    }

    public static void main(String[] args) throws IOException {
        Path readme = args.length > 0 ? Path.of(args[0]) : Path.of("README.md");
        Files.writeString(readme, rewritten(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        System.out.println("Wrote the table of " + Catalogue.EXERCISES.size() + " exercises into " + readme);
    }

    /** The rows the catalogue makes, one per exercise: id, title, feature, and the methods to fill in. */
    public static List<String> rows(List<Exercise> exercises) {
        List<String> rows = new ArrayList<>();
        for (Exercise exercise : exercises) {
            List<String> methods = new ArrayList<>();
            String previousClass = "";
            for (String stub : exercise.stubs()) {
                String className = stub.substring(0, stub.indexOf('.'));
                methods.add("`" + (className.equals(previousClass) ? stub.substring(stub.indexOf('.') + 1) : stub) + "`");
                previousClass = className;
            }
            rows.add("| " + exercise.id() + " | " + exercise.title() + " | `" + exercise.feature() + "` | "
                    + String.join(", ", methods) + " |");
        }
        return rows;
    }

    /** The README with its table's rows made anew from the catalogue; the rest stays as it is. */
    public static String rewritten(String readme) {
        String newline = readme.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(readme.lines().toList());
        int header = lines.indexOf(HEADER);
        if (header < 0 || header + 1 >= lines.size() || !lines.get(header + 1).equals(RULE)) {
            throw new CatalogueException("README.md has no table of exercises: a line '" + HEADER + "' followed by '"
                    + RULE + "'");
        }
        int end = header + 2;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        lines.subList(header + 2, end).clear();
        lines.addAll(header + 2, rows(Catalogue.EXERCISES));
        return String.join(newline, lines) + (readme.endsWith("\n") ? newline : "");
    }
}
