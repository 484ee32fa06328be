package lab.grading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;

/**
 * The class at a glance: learners × exercises, each cell coloured by its share of the exercise's points and linked to
 * that learner's failures in it; columns sort on a click. Below the grid, each learner's details.
 */
final class GradebookHtml {

    private GradebookHtml() {
    }

    static String render(List<SubmissionGrade> rows) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Gradebook — Bookstore DynamoDB lab</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}
                th,td{border:1px solid #bbb;padding:.3em .6em;text-align:center}th{background:#eee;cursor:pointer}
                td.learner,td.verdict,td.flags{text-align:left}td a{color:inherit}.na{background:#f4f4f4;color:#888}
                .detail{margin-top:2em}.detail h3{margin-bottom:.2em}pre{white-space:pre-wrap;background:#f8f8f8;padding:.5em}
                </style></head><body>
                <h1>Gradebook</h1>
                <p>Points per exercise (from the catalogue; partial credit per scenario; scenarios this backend cannot run
                count neither for nor against). Click a column to sort; click a cell for that learner's failures.</p>
                <table id="grades"><thead><tr><th data-type="text">Learner</th>""");
        for (Exercise exercise : Catalogue.EXERCISES) {
            html.append("<th data-type=\"number\" title=\"").append(escape(exercise.title())).append(" (")
                    .append(exercise.points()).append(" points)\">").append(exercise.id()).append("</th>");
        }
        html.append("<th data-type=\"number\">Total</th><th data-type=\"text\">Verdict</th>")
                .append("<th data-type=\"text\">Flags</th><th data-type=\"text\">Isolation</th></tr></thead><tbody>\n");
        for (SubmissionGrade row : rows) {
            html.append("<tr><td class=\"learner\" data-sort=\"").append(escape(row.learner())).append("\"><a href=\"#")
                    .append(anchor(row.learner(), null)).append("\">").append(escape(row.learner())).append("</a></td>");
            for (ExerciseScore score : row.exercises()) {
                if (!score.gradable()) {
                    html.append("<td class=\"na\" data-sort=\"-1\" title=\"not gradable on this backend\">n/a</td>");
                    continue;
                }
                html.append("<td data-sort=\"").append(score.points()).append("\" style=\"background:")
                        .append(colour(score.fraction())).append("\"><a href=\"#").append(anchor(row.learner(), score.id()))
                        .append("\">").append(Gradebook.number(score.points())).append("</a></td>");
            }
            double share = row.max() == 0 ? 0 : row.total() / row.max();
            html.append("<td data-sort=\"").append(row.total()).append("\" style=\"background:").append(colour(share))
                    .append("\">").append(Gradebook.number(row.total())).append(" / ").append(row.max()).append("</td>")
                    .append("<td class=\"verdict\" data-sort=\"").append(escape(row.outcome().label())).append("\">")
                    .append(escape(row.outcome().label())).append("</td><td class=\"flags\" data-sort=\"")
                    .append(escape(String.join("; ", row.flags()))).append("\">")
                    .append(escape(String.join("; ", row.flags()))).append("</td><td class=\"flags\">")
                    .append(escape(row.isolation() == null ? "" : row.isolation())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        for (SubmissionGrade row : rows) {
            details(html, row);
        }
        html.append(SORTING).append("</body></html>\n");
        return html.toString();
    }

    private static void details(StringBuilder html, SubmissionGrade row) {
        String folder = URLEncoder.encode(row.learner(), StandardCharsets.UTF_8).replace("+", "%20");
        html.append("<div class=\"detail\" id=\"").append(anchor(row.learner(), null)).append("\"><h2>")
                .append(escape(row.learner())).append(" — ").append(Gradebook.number(row.total())).append(" / ")
                .append(row.max()).append(", ").append(escape(row.outcome().label())).append("</h2><p>")
                .append(escape(row.reason())).append(String.format(Locale.ROOT, " (%.0f s)", row.durationSeconds()))
                .append(" · ");
        if (row.outcome() != RunOutcome.COMPILE_ERROR && row.outcome() != RunOutcome.NO_SOURCES) {
            html.append("<a href=\"").append(folder).append("/report.html\">Cucumber report</a> · <a href=\"")
                    .append(folder).append("/output.log\">run output</a> · ");
        }
        html.append("<a href=\"").append(folder).append("/result.json\">result.json</a></p>");
        if (!row.flags().isEmpty()) {
            html.append("<p><strong>Flags:</strong> ").append(escape(String.join("; ", row.flags()))).append("</p>");
        }
        if (!row.compileErrors().isEmpty()) {
            html.append("<pre>").append(escape(String.join("\n", row.compileErrors()))).append("</pre>");
        }
        for (Exercise exercise : Catalogue.EXERCISES) {
            ExerciseScore score = row.exercise(exercise.id());
            html.append("<h3 id=\"").append(anchor(row.learner(), exercise.id())).append("\">").append(exercise.id())
                    .append(' ').append(escape(exercise.title())).append(" — ")
                    .append(score.gradable() ? Gradebook.number(score.points()) + " / " + score.max()
                            + " (" + score.passed() + " of " + score.counted() + " scenarios)" : "not gradable here")
                    .append("</h3><ul>");
            row.scenarios().stream().filter(result -> exercise.id().equals(result.exercise()))
                    .filter(result -> !result.passed())
                    .forEach(result -> html.append("<li><em>").append(escape(result.status())).append("</em> ")
                            .append(escape(result.scenario())).append(" (").append(escape(result.feature())).append(':')
                            .append(result.line()).append(")").append(result.message() == null ? ""
                                    : ": " + escape(result.message())).append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>\n");
    }

    /** Red at nothing, through yellow, to green at full marks. */
    private static String colour(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        return String.format(Locale.ROOT, "hsl(%.0f,70%%,78%%)", clamped * 120);
    }

    private static String anchor(String learner, String exercise) {
        String id = "l-" + learner.replaceAll("[^A-Za-z0-9_-]", "_");
        return exercise == null ? id : id + "-" + exercise;
    }

    /** Text as text: markup escaped, and control characters (a terminal's escapes among them) shown as code points. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '&' -> shown.append("&amp;");
                case '<' -> shown.append("&lt;");
                case '>' -> shown.append("&gt;");
                case '"' -> shown.append("&quot;");
                case '\'' -> shown.append("&#39;");
                default -> {
                    if (Character.isISOControl(point) && point != '\n' && point != '\t') {
                        shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", point));
                    } else {
                        shown.appendCodePoint(point);
                    }
                }
            }
        });
        return shown.toString();
    }

    private static final String SORTING = """
            <script>
            document.querySelectorAll('#grades th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var body = document.querySelector('#grades tbody');
                var rows = Array.from(body.rows);
                var numeric = th.dataset.type === 'number';
                var down = th.dataset.order !== 'desc';
                th.dataset.order = down ? 'desc' : 'asc';
                rows.sort(function (a, b) {
                  var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
                  var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                  return down ? -order : order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            """;
}
