package lab.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;

import lab.backend.KataConfigurationException;
import lab.sandbox.ProcessLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a learner JVM's command line carries the processes a judge allows its learner JVMs. */
class LearnerJvmCommandTest {

    @AfterEach
    void forgetTheProperty() {
        System.clearProperty(LearnerJvmCommand.PROCESSES_PROPERTY);
    }

    @Test
    void aLearnerJvmGivenAProcessLimitStartsUnderIt() {
        try (LearnerJvmCommand command = LearnerJvmCommand.configured(null, settings(300))) {
            assertThat(command.command()).as("a learner JVM's command line, 300 processes allowed")
                    .startsWith(ProcessLimits.processes(300).toArray(String[]::new))
                    .contains(lab.learner.agent.LearnerAgent.class.getName());
        }
        try (LearnerJvmCommand command = LearnerJvmCommand.configured(null, settings(0))) {
            assertThat(command.command()).as("a learner JVM's command line, no process limit of its own")
                    .doesNotContain("prlimit");
        }
    }

    @Test
    void theProcessLimitIsReadFromItsPropertyOrRefusedInOneLine() {
        assertThat(LearnerJvmCommand.processesAllowed()).as("processes allowed with no property set").isZero();
        System.setProperty(LearnerJvmCommand.PROCESSES_PROPERTY, " 768 ");
        assertThat(LearnerJvmCommand.processesAllowed()).as("processes allowed with the property at 768").isEqualTo(768);
        System.setProperty(LearnerJvmCommand.PROCESSES_PROPERTY, "many");
        assertThat(catchThrowable(LearnerJvmCommand::processesAllowed)).as("the property set to 'many'")
                .isInstanceOf(KataConfigurationException.class)
                .hasMessage("-Dkata.learner.processes is a number of processes, such as 768, not 'many'");
    }

    private static LearnerSettings settings(int processes) {
        return new LearnerSettings(LearnerMode.JVM, Duration.ofSeconds(5), null, "", "", processes);
    }
}
