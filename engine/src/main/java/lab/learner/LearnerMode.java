package lab.learner;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import lab.backend.KataConfigurationException;

/**
 * Where the learner's code runs: in a learner JVM of its own, or in the harness's JVM, where a debugger's breakpoints
 * in it are hit. {@code -Dkata.learner=jvm} or {@code -Dkata.learner=in-process} chooses; unset, a JVM being debugged
 * runs it in-process, and any other the {@link #DEFAULT}.
 */
public enum LearnerMode {

    IN_PROCESS("in-process"), JVM("jvm");

    public static final String PROPERTY = "kata.learner";

    /** Without the property or a debugger: a learner JVM, whose calls the lab endpoint records at the wire. */
    public static final LearnerMode DEFAULT = JVM;

    private final String value;

    LearnerMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static LearnerMode configured() {
        return chosen(System.getProperty(PROPERTY), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static LearnerMode chosen(String property, List<String> jvmArguments) {
        String value = property == null ? "" : property.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return debugged(jvmArguments) ? IN_PROCESS : DEFAULT;
        }
        for (LearnerMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new KataConfigurationException("-D" + PROPERTY + " says where your code runs: jvm (a JVM of its own) or "
                + "in-process (the lab's JVM, for a debugger), not '" + property.trim() + "'");
    }

    /** Whether a debugger's agent is in this JVM's arguments. */
    static boolean debugged(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> argument.startsWith("-agentlib:jdwp")
                || argument.startsWith("-Xrunjdwp"));
    }
}
