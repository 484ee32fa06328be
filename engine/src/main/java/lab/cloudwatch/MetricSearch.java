package lab.cloudwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A SEARCH expression's query, as the user guide writes it: an optional schema, {@code {Namespace, DimensionName, ...}},
 * which a metric matches with exactly that namespace and set of dimension names; then terms, all of which a metric must
 * match: {@code Name=value} or {@code Name="value"} (a property: MetricName, Namespace, or a dimension), or a term alone,
 * matched against the metric's name, namespace, dimension names and values. A quoted value matches exactly; an unquoted
 * one matches a whole word of it, case aside (CloudWatch's partial match by token).
 */
final class MetricSearch {

    private record Term(String property, String value, boolean exact) {
    }

    private final String namespace;
    private final Set<String> dimensionNames;
    private final List<Term> terms;

    private MetricSearch(String namespace, Set<String> dimensionNames, List<Term> terms) {
        this.namespace = namespace;
        this.dimensionNames = dimensionNames;
        this.terms = terms;
    }

    /** The query of {@code search}; a ValidationError (from {@code failure}) for what is not one. */
    static MetricSearch parse(String search, java.util.function.Function<String, CloudWatchError> failure) {
        String rest = search.strip();
        String namespace = null;
        Set<String> names = null;
        if (rest.startsWith("{")) {
            int close = rest.indexOf('}');
            if (close < 0) {
                throw failure.apply("SEARCH's schema is not closed with '}'");
            }
            List<String> parts = new ArrayList<>();
            for (String part : rest.substring(1, close).split(",")) {
                parts.add(unquoted(part.strip()));
            }
            namespace = parts.get(0);
            if (namespace.isEmpty()) {
                throw failure.apply("SEARCH's schema starts with a namespace");
            }
            names = new TreeSet<>(parts.subList(1, parts.size()));
            rest = rest.substring(close + 1);
        }
        List<Term> terms = new ArrayList<>();
        for (String word : words(rest, failure)) {
            if (word.equals("AND")) {
                continue;
            }
            if (word.equals("OR") || word.equals("NOT") || word.startsWith("(")) {
                throw failure.apply("the lab endpoint's SEARCH takes terms that must all match, without OR, NOT or "
                        + "parentheses");
            }
            int equals = word.indexOf('=');
            String property = equals < 0 ? null : unquoted(word.substring(0, equals));
            String value = equals < 0 ? word : word.substring(equals + 1);
            terms.add(new Term(property, unquoted(value), value.startsWith("\"")));
        }
        if (namespace == null && terms.isEmpty()) {
            throw failure.apply("SEARCH needs a schema, a term, or both");
        }
        return new MetricSearch(namespace, names, terms);
    }

    boolean matches(Metric metric) {
        if (namespace != null) {
            Set<String> own = new TreeSet<>();
            metric.dimensions().forEach(dimension -> own.add(dimension.name()));
            if (!metric.namespace().equals(namespace) || !own.equals(dimensionNames)) {
                return false;
            }
        }
        for (Term term : terms) {
            if (!matches(metric, term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Metric metric, Term term) {
        List<String> candidates = new ArrayList<>();
        if (term.property() == null) {
            candidates.add(metric.name());
            candidates.add(metric.namespace());
            metric.dimensions().forEach(dimension -> {
                candidates.add(dimension.name());
                candidates.add(dimension.value());
            });
        } else if (term.property().equals("MetricName")) {
            candidates.add(metric.name());
        } else if (term.property().equals("Namespace")) {
            candidates.add(metric.namespace());
        } else {
            metric.dimensions().stream().filter(dimension -> dimension.name().equals(term.property()))
                    .forEach(dimension -> candidates.add(dimension.value()));
        }
        for (String candidate : candidates) {
            if (term.exact() ? candidate.equals(term.value()) : tokens(candidate).contains(term.value().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A name's words, lowercase: split at what is not a letter or digit, where a capital starts one, and at digits. */
    private static Set<String> tokens(String text) {
        Set<String> tokens = new TreeSet<>();
        tokens.add(text.toLowerCase(Locale.ROOT));
        for (String part : text.split("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])")) {
            if (!part.isEmpty()) {
                tokens.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    /** The query's words: separated by spaces, except inside double quotes. */
    private static List<String> words(String text, java.util.function.Function<String, CloudWatchError> failure) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw failure.apply("SEARCH's query has a quote that is not closed");
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
