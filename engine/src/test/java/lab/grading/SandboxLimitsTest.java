package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a judge keeps for itself of its processes, whatever its learner JVMs start. */
class SandboxLimitsTest {

    @Test
    void aJudgesLearnerJvmsLeaveItAQuarterOfItsProcesses() {
        SandboxLimits limits = SandboxLimits.SUBMISSION;
        assertThat(limits.learnerProcesses()).as("processes a judge's learner JVMs may reach, of its %s",
                limits.processes()).isEqualTo(limits.processes() - 256);
        SandboxLimits shared = limits.withProcessesAbove(1500);
        assertThat(shared.processes()).as("a judge's processes where its user already has 1,500")
                .isEqualTo(limits.processes() + 1500);
        assertThat(shared.learnerProcesses()).as("its learner JVMs' processes where its user already has 1,500")
                .isEqualTo(limits.learnerProcesses() + 1500);
        assertThat(new SandboxLimits(100, 1, 1, 1).learnerProcesses()).as("learner processes of a judge allowed 100")
                .isEqualTo(50);
    }
}
