package lab.endpoint.backups;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import lab.endpoint.ServiceError;

/**
 * The service's checks of a request's members, and its text for what fails them: every violation of a request is
 * listed in one {@code ValidationException}, "2 validation errors detected: Value 'x' at 'backupName' failed to
 * satisfy constraint: Member must have length greater than or equal to 3; ...".
 */
final class ServiceValidation {

    /** The pattern of table, index and backup names. */
    static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";
    static final int NAME_MIN = 3;
    static final int NAME_MAX = 255;
    static final int ARN_MIN = 37;
    static final int ARN_MAX = 1024;

    private final List<String> violations = new ArrayList<>();

    /** A table or backup name: present, 3 to 255 characters of {@link #NAME_PATTERN}. */
    ServiceValidation name(String member, JsonNode value) {
        if (present(member, value)) {
            String text = value.asText();
            length(member, text, NAME_MIN, NAME_MAX);
            if (!text.matches(NAME_PATTERN)) {
                violation(member, text, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
            }
        }
        return this;
    }

    /** A name that may be left out; checked like {@link #name} where given. */
    ServiceValidation optionalName(String member, JsonNode value) {
        return value == null || value.isNull() ? this : name(member, value);
    }

    /** An ARN: present, 37 to 1024 characters. */
    ServiceValidation arn(String member, JsonNode value) {
        if (present(member, value)) {
            length(member, value.asText(), ARN_MIN, ARN_MAX);
        }
        return this;
    }

    /** A whole number that may be left out, between {@code min} and {@code max} where given. */
    ServiceValidation range(String member, JsonNode value, long min, long max) {
        if (value != null && !value.isNull()) {
            if (value.asLong() < min) {
                violation(member, value.asText(), "Member must have value greater than or equal to " + min);
            } else if (value.asLong() > max) {
                violation(member, value.asText(), "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    /** A member that may be left out, one of {@code values} where given. */
    ServiceValidation oneOf(String member, JsonNode value, List<String> values) {
        if (value != null && !value.isNull() && !values.contains(value.asText())) {
            violation(member, value.asText(), "Member must satisfy enum value set: " + values);
        }
        return this;
    }

    /** A member that must be given. */
    boolean present(String member, JsonNode value) {
        if (value == null || value.isNull()) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
            return false;
        }
        return true;
    }

    /** Throws the service's ValidationException listing every violation found, if any. */
    void check() {
        if (!violations.isEmpty()) {
            int count = violations.size();
            throw ServiceError.validation(count + " validation error" + (count == 1 ? "" : "s") + " detected: "
                    + String.join("; ", violations));
        }
    }

    private void length(String member, String text, int min, int max) {
        if (text.length() < min) {
            violation(member, text, "Member must have length greater than or equal to " + min);
        } else if (text.length() > max) {
            violation(member, text, "Member must have length less than or equal to " + max);
        }
    }

    private void violation(String member, String value, String constraint) {
        violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }
}
