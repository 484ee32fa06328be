package lab.cloudwatch;

/** One name and value that, with others, tell a metric's figures apart, e.g. {@code TableName=Books}. */
public record Dimension(String name, String value) implements Comparable<Dimension> {

    @Override
    public int compareTo(Dimension other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
