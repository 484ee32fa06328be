package lab.cloudwatch;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statistics CloudWatch computes over one period's samples: SampleCount, Average, Sum, Minimum, Maximum, and
 * percentiles (p90, p99.9: the nearest-rank percentile of the period's samples).
 */
final class Statistics {

    static final List<String> STANDARD = List.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(\\.\\d{1,2})?|100)");

    private Statistics() {
    }

    static boolean standard(String statistic) {
        return STANDARD.contains(statistic);
    }

    static boolean percentile(String statistic) {
        return PERCENTILE.matcher(statistic).matches();
    }

    static boolean known(String statistic) {
        return standard(statistic) || percentile(statistic);
    }

    /** {@code statistic} of {@code samples}, which are not empty. */
    static double of(String statistic, List<Sample> samples) {
        double[] values = samples.stream().mapToDouble(Sample::value).toArray();
        return switch (statistic) {
            case "SampleCount" -> values.length;
            case "Sum" -> Arrays.stream(values).sum();
            case "Average" -> Arrays.stream(values).sum() / values.length;
            case "Minimum" -> Arrays.stream(values).min().orElse(0);
            case "Maximum" -> Arrays.stream(values).max().orElse(0);
            default -> percentile(values, Double.parseDouble(statistic.substring(1)));
        };
    }

    private static double percentile(double[] values, double rank) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(rank / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
