package lab.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code target/kata/index.html}: the board, every exercise's scenarios with their failures, and for each scenario a
 * picture of the tables it left, drawn like NoSQL Workbench's visualizer: the table's items grouped by partition key
 * with their sort keys and attributes, and each global secondary index (CategoryIndex) grouped by its own key.
 * One self-contained file: its style is inline, and it fetches nothing.
 */
public final class IndexHtml {

    public static final String FILE = "index.html";

    /** A cell shows at most this many characters of a value. */
    private static final int CELL_LIMIT = 160;

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
            header,main{max-width:1180px;margin:0 auto;padding:16px 24px}
            header{background:#232f3e;color:#fff;max-width:none}
            header h1{margin:0 0 6px;font-size:22px}
            .bar{height:12px;background:#56616e;border-radius:6px;overflow:hidden;max-width:480px}
            .bar span{display:block;height:100%;background:#2ea44f}
            table{border-collapse:collapse;background:#fff}
            th,td{border:1px solid #d5dbe1;padding:4px 8px;text-align:left;vertical-align:top}
            .board td.state{font-weight:600}
            .done .state,.passed>h3 .verdict{color:#1a7f37}.failing .state,.failed>h3 .verdict{color:#cf222e}
            .skipped .state,.skipped>h3 .verdict{color:#9a6700}.not-run .state{color:#6e7781}
            .next{background:#fff;border-left:4px solid #ff9900;padding:8px 16px;margin:16px 0}
            code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
            pre.failure{background:#fff5f5;border:1px solid #f3c1c1;padding:8px;white-space:pre-wrap}
            pre.reason{background:#fffbea;border:1px solid #eed9a0;padding:8px;white-space:pre-wrap}
            .scenario{background:#fff;border:1px solid #d5dbe1;border-radius:6px;padding:4px 12px;margin:8px 0}
            .scenario h3{font-size:15px;margin:6px 0}
            .calls ol{font:13px ui-monospace,monospace;margin:4px 0 8px;padding-left:28px}
            .picture{margin:8px 0 12px}
            .picture h4{margin:10px 0 4px}
            .picture h4 small{font-weight:normal;color:#57606a}
            .items thead th{background:#e9eef3}
            .items th.pk{background:#fdf1dc;font-weight:600}
            .items td.sk{background:#eef6ff;font-weight:600}
            .items tbody.partition{border-top:2px solid #8c959f}
            .note{color:#57606a;font-style:italic}
            """;

    private IndexHtml() {
    }

    public static String render(Progress progress) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Bookstore DynamoDB lab: ").append(progress.done()).append(" of ")
                .append(progress.exercises().size()).append(" exercises done</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header(html, progress);
        html.append("<main>\n");
        board(html, progress);
        progress.next().ifPresent(next -> next(html, next, progress.nextStep(next)));
        Map<String, String> pictured = new HashMap<>();
        for (ExerciseProgress exercise : progress.exercises()) {
            exercise(html, exercise, pictured);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, Progress progress) {
        int total = progress.exercises().size();
        long percent = total == 0 ? 0 : Math.round(100.0 * progress.done() / total);
        html.append("<header>\n<h1>Bookstore DynamoDB lab</h1>\n<p id=\"summary\">")
                .append(progress.done()).append(" of ").append(total).append(" exercises done, ")
                .append(progress.points()).append(" of ").append(progress.totalPoints()).append(" points")
                .append(progress.selection().isEmpty() ? "" : " (this run: exercise "
                        + escape(String.join(", ", progress.selection().stream().sorted().toList())) + " only)")
                .append(" &middot; run finished ").append(escape(progress.finishedAt().toString())).append("</p>\n")
                .append("<div class=\"bar\" role=\"progressbar\" aria-valuenow=\"").append(progress.done())
                .append("\" aria-valuemax=\"").append(total).append("\"><span style=\"width:").append(percent)
                .append("%\"></span></div>\n</header>\n");
    }

    private static void board(StringBuilder html, Progress progress) {
        html.append("<section id=\"board\">\n<h2>Exercises</h2>\n<table class=\"board\">\n")
                .append("<thead><tr><th>#</th><th>exercise</th><th>state</th><th>scenarios</th><th>points</th></tr></thead>\n<tbody>\n");
        for (ExerciseProgress exercise : progress.exercises()) {
            html.append("<tr class=\"").append(cssClass(exercise.state())).append("\" data-exercise=\"")
                    .append(exercise.exercise().id()).append("\"><td>").append(exercise.exercise().id())
                    .append("</td><td><a href=\"#exercise-").append(exercise.exercise().id()).append("\">")
                    .append(escape(exercise.exercise().title())).append("</a></td><td class=\"state\">")
                    .append(exercise.state().word()).append("</td><td>").append(exercise.count(Verdict.PASSED))
                    .append(" passed, ").append(exercise.count(Verdict.FAILED)).append(" failing, ")
                    .append(exercise.count(Verdict.SKIPPED)).append(" skipped</td><td>").append(exercise.pointsEarned())
                    .append(" / ").append(exercise.exercise().points()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void next(StringBuilder html, ExerciseProgress next, NextStep step) {
        String id = next.exercise().id();
        html.append("<section id=\"next\" class=\"next\">\n<h2>Next: exercise ").append(id).append(", ")
                .append(escape(next.exercise().title())).append("</h2>\n<p>").append(escape(step.verb())).append(": ")
                .append(String.join(", ", step.methods().stream().map(stub -> "<code>" + escape(stub) + "</code>").toList()))
                .append(" in <code>").append(NextStep.WHERE).append("</code>")
                .append(step.aside().isEmpty() ? "" : " " + escape(step.aside())).append(".</p>\n")
                .append("<p class=\"hint\"><strong>Hint:</strong> ")
                .append(escape(next.exercise().hint())).append("</p>\n<p>Run just it: <code>")
                .append(escape(Commands.runExercise(id))).append("</code> &middot; its hint again: <code>")
                .append(escape(Commands.hint(id))).append("</code></p>\n</section>\n");
    }

    private static void exercise(StringBuilder html, ExerciseProgress exercise, Map<String, String> pictured) {
        String id = exercise.exercise().id();
        html.append("<section class=\"exercise ").append(cssClass(exercise.state())).append("\" id=\"exercise-").append(id)
                .append("\">\n<h2>").append(id).append(" ").append(escape(exercise.exercise().title()))
                .append(" <span class=\"state\">").append(exercise.state().word()).append("</span></h2>\n")
                .append("<p><code>").append(escape(exercise.exercise().feature())).append("</code></p>\n");
        if (exercise.scenarios().isEmpty()) {
            html.append("<p class=\"note\">Not run this time: <code>").append(escape(Commands.runExercise(id)))
                    .append("</code> runs it.</p>\n");
        }
        boolean passedPictured = false;
        for (ScenarioResult scenario : exercise.scenarios()) {
            boolean picture = scenario.verdict() != Verdict.PASSED || !passedPictured;
            passedPictured |= scenario.verdict() == Verdict.PASSED && scenario.tables() != null;
            scenario(html, scenario, picture, pictured);
        }
        html.append("</section>\n");
    }

    /**
     * One scenario. The tables it left are pictured when it did not pass, and for the first passing scenario of its
     * exercise ({@code picture}); the others name their tables. Scenarios that left the same tables (most start from
     * the five books) show them once: a later one links to the first ({@code pictured}: each picture drawn so far, to
     * the id of the scenario that shows it). So the page stays small however many scenarios ran.
     */
    private static void scenario(StringBuilder html, ScenarioResult scenario, boolean picture, Map<String, String> pictured) {
        String id = "scenario-" + scenario.exerciseId() + "-" + scenario.line();
        html.append("<article class=\"scenario ").append(scenario.verdict().word()).append("\" id=\"").append(escape(id))
                .append("\" data-line=\"").append(scenario.line()).append("\">\n<h3><span class=\"verdict\">")
                .append(scenario.verdict().word()).append("</span> ").append(escape(scenario.name())).append(" <small>line ")
                .append(scenario.line()).append("</small></h3>\n");
        if (scenario.message() != null) {
            html.append("<pre class=\"").append(scenario.verdict() == Verdict.SKIPPED ? "reason" : "failure").append("\">")
                    .append(escape(scenario.message())).append("</pre>\n");
        }
        if (!scenario.calls().isEmpty()) {
            html.append("<details class=\"calls\">\n<summary>The calls your code made, as the lab endpoint saw them</summary>\n<ol>\n");
            for (String call : scenario.calls()) {
                html.append("<li>").append(escape(call)).append("</li>\n");
            }
            html.append("</ol>\n</details>\n");
        }
        ScenarioTables tables = scenario.tables();
        if (tables != null) {
            html.append("<details class=\"tables\"").append(scenario.verdict() == Verdict.FAILED ? " open" : "")
                    .append(">\n<summary>The tables this scenario left: ").append(tables.tables().isEmpty() ? "none"
                            : escape(String.join(", ", tables.tables().stream().map(table -> table.name()
                            + " (" + table.items().size() + (table.complete() ? "" : "+") + " items)").toList())))
                    .append("</summary>\n");
            StringBuilder pictures = new StringBuilder();
            if (tables.error() != null) {
                pictures.append("<p class=\"note\">").append(escape(tables.error())).append("</p>\n");
            }
            for (TableSnapshot table : tables.tables()) {
                picture(pictures, table);
            }
            String first = picture ? pictured.putIfAbsent(pictures.toString(), id) : null;
            if (!picture && !tables.tables().isEmpty()) {
                html.append("<p class=\"note\">Pictured for each scenario that fails and the first that passes.</p>\n");
            } else if (first == null || pictures.isEmpty()) {
                html.append(pictures);
            } else {
                html.append("<p class=\"note same-tables\">The same tables, item for item, as <a href=\"#")
                        .append(escape(first)).append("\">an earlier scenario's</a>.</p>\n");
            }
            html.append("</details>\n");
        }
        html.append("</article>\n");
    }

    private static void picture(StringBuilder html, TableSnapshot table) {
        html.append("<div class=\"picture\" data-table=\"").append(escape(table.name())).append("\">\n<h4>")
                .append(escape(table.name())).append(" <small>partition key ").append(escape(String.valueOf(table.partitionKey())))
                .append(table.sortKey() == null ? "" : ", sort key " + escape(table.sortKey()))
                .append(table.billingMode() == null ? "" : " &middot; " + escape(table.billingMode()))
                .append("</small></h4>\n");
        if (table.error() != null) {
            html.append("<p class=\"note\">").append(escape(table.name() + ": " + table.error())).append("</p>\n");
        }
        if (table.partitionKey() == null) {
            html.append("</div>\n");
            return;
        }
        List<String> others = new ArrayList<>(table.attributeNames());
        others.remove(table.partitionKey());
        others.remove(table.sortKey());
        grid(html, "items", table.items(), table.partitionKey(), table.sortKey(), others);
        if (!table.complete()) {
            html.append("<p class=\"note\">The first ").append(table.items().size())
                    .append(" items only: the table holds more.</p>\n");
        }
        for (TableSnapshot.IndexSnapshot index : table.indexes()) {
            html.append("<div class=\"index\" data-index=\"").append(escape(index.name())).append("\">\n<h4>")
                    .append(escape(index.name())).append(" <small>global secondary index on ").append(escape(table.name()))
                    .append(" &middot; partition key ").append(escape(index.partitionKey()))
                    .append(index.sortKey() == null ? "" : ", sort key " + escape(index.sortKey()))
                    .append(" &middot; projects ").append(escape(index.projection())).append("</small></h4>\n");
            List<String> projected = new ArrayList<>();
            if (table.sortKey() != null && !table.sortKey().equals(index.sortKey())) {
                projected.add(0, table.sortKey());
            }
            if (!table.partitionKey().equals(index.partitionKey())) {
                projected.add(0, table.partitionKey());
            }
            for (String attribute : others) {
                boolean carried = "ALL".equals(index.projection())
                        || index.nonKeyAttributes() != null && index.nonKeyAttributes().contains(attribute);
                if (carried && !attribute.equals(index.partitionKey()) && !attribute.equals(index.sortKey())) {
                    projected.add(attribute);
                }
            }
            grid(html, "index-items", table.items(), index.partitionKey(), index.sortKey(), projected);
            long outside = Partitions.outside(table.items(), index.partitionKey());
            if (outside > 0) {
                html.append("<p class=\"note\">").append(outside).append(outside == 1 ? " item has" : " items have")
                        .append(" no ").append(escape(index.partitionKey())).append(", so the index does not hold ")
                        .append(outside == 1 ? "it" : "them").append(".</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("</div>\n");
    }

    /** A Workbench-like grid: one body per partition, its key cell spanning the partition's items. */
    private static void grid(StringBuilder html, String kind, List<ObjectNode> items, String partitionKey, String sortKey,
                             List<String> attributes) {
        List<Partitions.Partition> partitions = Partitions.of(items, partitionKey, sortKey);
        if (partitions.isEmpty()) {
            html.append("<p class=\"note empty\">No items.</p>\n");
            return;
        }
        html.append("<table class=\"items ").append(kind).append("\">\n<thead><tr><th>").append(escape(partitionKey))
                .append(" <small>(partition key)</small></th>");
        if (sortKey != null) {
            html.append("<th>").append(escape(sortKey)).append(" <small>(sort key)</small></th>");
        }
        for (String attribute : attributes) {
            html.append("<th>").append(escape(attribute)).append("</th>");
        }
        html.append("</tr></thead>\n");
        for (Partitions.Partition partition : partitions) {
            html.append("<tbody class=\"partition\" data-partition=\"").append(escape(partition.key())).append("\">\n");
            boolean first = true;
            for (ObjectNode item : partition.items()) {
                html.append("<tr>");
                if (first) {
                    html.append("<th class=\"pk\" rowspan=\"").append(partition.items().size()).append("\">")
                            .append(escape(partition.key())).append("</th>");
                    first = false;
                }
                if (sortKey != null) {
                    html.append("<td class=\"sk\">").append(cell(item.get(sortKey))).append("</td>");
                }
                for (String attribute : attributes) {
                    html.append("<td data-attribute=\"").append(escape(attribute)).append("\">")
                            .append(cell(item.get(attribute))).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n");
        }
        html.append("</table>\n");
    }

    private static String cell(JsonNode value) {
        if (value == null) {
            return "";
        }
        String text = DynamoJson.text(value);
        return escape(text.length() > CELL_LIMIT ? text.substring(0, CELL_LIMIT) + "…" : text);
    }

    private static String cssClass(ExerciseState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
