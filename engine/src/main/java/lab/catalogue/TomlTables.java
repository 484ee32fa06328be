package lab.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of TOML the exercise catalogue is written in, with the JDK alone (so {@code java hint.java} needs
 * nothing else): arrays of tables ({@code [[exercises]]}) whose keys are bare and whose values are basic strings
 * ({@code "…"}), multi-line basic strings ({@code """…"""}, a line-ending backslash joining lines as TOML says),
 * integers and arrays of those; {@code #} comments. Anything else is refused in one line naming the file's line.
 */
final class TomlTables {

    private final String text;
    private final String source;
    private int at;

    private TomlTables(String text, String source) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.source = source;
    }

    /** Each array of tables by its name, its tables in file order, each table's keys in file order. */
    static Map<String, List<Map<String, Object>>> parse(String text, String source) {
        return new TomlTables(text, source).document();
    }

    private Map<String, List<Map<String, Object>>> document() {
        Map<String, List<Map<String, Object>>> arrays = new LinkedHashMap<>();
        Map<String, Object> table = null;
        while (true) {
            skipBlankLinesAndComments();
            if (at >= text.length()) {
                return arrays;
            }
            if (text.startsWith("[[", at)) {
                at += 2;
                String name = bareKey();
                expect("]]");
                table = new LinkedHashMap<>();
                arrays.computeIfAbsent(name, none -> new ArrayList<>()).add(table);
            } else if (peek() == '[') {
                throw error("only arrays of tables ([[name]]) are used here, not [name]");
            } else {
                if (table == null) {
                    throw error("a key before the first [[table]]");
                }
                int start = at;
                String key = bareKey();
                skipSpaces();
                expect("=");
                skipSpaces();
                if (table.containsKey(key)) {
                    at = start;
                    throw error("'" + key + "' is given twice in one table");
                }
                table.put(key, value());
            }
            endOfLine();
        }
    }

    private Object value() {
        if (text.startsWith("\"\"\"", at)) {
            return multiLineString();
        }
        char first = peek();
        if (first == '"') {
            return basicString();
        }
        if (first == '[') {
            return array();
        }
        if (first == '-' || first == '+' || Character.isDigit(first)) {
            return integer();
        }
        throw error("a value should be a \"string\", a \"\"\"multi-line string\"\"\", an integer or a [list]");
    }

    private List<Object> array() {
        at++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipBlankLinesAndComments();
            if (peek() == ']') {
                at++;
                return items;
            }
            items.add(value());
            skipBlankLinesAndComments();
            if (peek() == ',') {
                at++;
            } else if (peek() != ']') {
                throw error("expected ',' or ']' in a list");
            }
        }
    }

    private Long integer() {
        int start = at;
        if (peek() == '-' || peek() == '+') {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        try {
            return Long.parseLong(text.substring(start, at).replace("_", ""));
        } catch (NumberFormatException e) {
            at = start;
            throw error("not an integer");
        }
    }

    private String basicString() {
        at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = next("a string that is not closed with \"");
            if (c == '"') {
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                at--;
                throw error("a \"string\" ends on its line; use \"\"\" for one that spans lines");
            }
            if (c == '\\') {
                escape(value);
            } else {
                value.append(c);
            }
        }
    }

    private String multiLineString() {
        at += 3;
        if (text.startsWith("\r\n", at)) {
            at += 2;
        } else if (text.startsWith("\n", at)) {
            at++;
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            if (text.startsWith("\"\"\"", at)) {
                at += 3;
                while (peek() == '"') { // up to two quotes may end the string's content: """a"""" is a"
                    value.append('"');
                    at++;
                }
                return value.toString();
            }
            char c = next("a \"\"\"string that is not closed with \"\"\"");
            if (c == '\\' && lineEndsAfterSpaces()) {
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            } else if (c == '\\') {
                escape(value);
            } else if (c != '\r') {
                value.append(c);
            }
        }
    }

    private boolean lineEndsAfterSpaces() {
        int look = at;
        while (look < text.length() && (text.charAt(look) == ' ' || text.charAt(look) == '\t')) {
            look++;
        }
        return look < text.length() && (text.charAt(look) == '\n' || text.charAt(look) == '\r');
    }

    private void escape(StringBuilder value) {
        char c = next("an escape at the end of the file");
        switch (c) {
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u' -> value.appendCodePoint(hex(4));
            case 'U' -> value.appendCodePoint(hex(8));
            default -> {
                at--;
                throw error("\\" + c + " is not an escape TOML knows");
            }
        }
    }

    private int hex(int digits) {
        if (at + digits > text.length()) {
            throw error("a \\u escape needs " + digits + " hex digits");
        }
        try {
            int code = Integer.parseInt(text.substring(at, at + digits), 16);
            at += digits;
            return code;
        } catch (NumberFormatException e) {
            throw error("a \\u escape needs " + digits + " hex digits");
        }
    }

    private String bareKey() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == '-')) {
            at++;
        }
        if (start == at) {
            throw error("expected a name (letters, digits, - or _)");
        }
        return text.substring(start, at);
    }

    private void endOfLine() {
        skipSpaces();
        if (peek() == '#') {
            skipComment();
        }
        if (at < text.length() && peek() != '\n' && peek() != '\r') {
            throw error("expected the end of the line");
        }
    }

    private void skipBlankLinesAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    private void skipComment() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void expect(String token) {
        if (!text.startsWith(token, at)) {
            throw error("expected '" + token + "'");
        }
        at += token.length();
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next(String whatEnds) {
        if (at >= text.length()) {
            throw error(whatEnds);
        }
        return text.charAt(at++);
    }

    private CatalogueException error(String problem) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new CatalogueException(source + " line " + line + ": " + problem);
    }
}
