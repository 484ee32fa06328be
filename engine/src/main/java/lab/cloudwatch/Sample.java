package lab.cloudwatch;

import java.time.Instant;

/** One value published for a metric: what one request consumed, took or returned, at the store's time. */
public record Sample(Instant at, double value, String unit) {
}
