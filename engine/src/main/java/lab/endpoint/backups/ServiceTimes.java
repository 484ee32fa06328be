package lab.endpoint.backups;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import lab.endpoint.ServiceError;

/**
 * Times as the service writes them in JSON: epoch seconds, a number with a fraction (milliseconds). Every time the
 * emulations keep is truncated to the millisecond, so that what a client sends back compares exactly.
 */
final class ServiceTimes {

    private ServiceTimes() {
    }

    static double seconds(Instant moment) {
        return moment.toEpochMilli() / 1000.0;
    }

    static Instant millis(Instant moment) {
        return Instant.ofEpochMilli(moment.toEpochMilli());
    }

    /** A time a client sent: epoch seconds (a number, or a number as text), or ISO-8601 text. */
    static Instant instant(String member, JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
        }
        String text = value.asText();
        try {
            return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException notANumber) {
            try {
                return millis(Instant.parse(text));
            } catch (DateTimeParseException notATime) {
                throw ServiceError.of("SerializationException", "Cannot read '" + text + "' at '" + member
                        + "' as a timestamp");
            }
        }
    }
}
