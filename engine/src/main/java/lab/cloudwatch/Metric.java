package lab.cloudwatch;

import java.util.List;

/**
 * A metric as CloudWatch knows one: a namespace, a name, and a set of dimensions. Two metrics with the same name but
 * other dimensions are different metrics, as in CloudWatch ({@code ConsumedReadCapacityUnits} of the Books table is
 * not that of its CategoryIndex).
 *
 * @param dimensions kept in order of name, so that equal sets make equal metrics
 */
public record Metric(String namespace, String name, List<Dimension> dimensions) {

    public Metric {
        dimensions = dimensions.stream().sorted().toList();
    }

    /** Whether this metric has every dimension of {@code filters}: a name alone matches any value. */
    boolean has(List<Dimension> filters) {
        for (Dimension filter : filters) {
            boolean found = dimensions.stream().anyMatch(own -> own.name().equals(filter.name())
                    && (filter.value() == null || own.value().equals(filter.value())));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return namespace + " " + name + " " + dimensions;
    }
}
