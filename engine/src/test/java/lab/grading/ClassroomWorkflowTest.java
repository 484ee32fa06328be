package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import lab.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Classroom workflow is generated from the catalogue and awards each exercise its points, by running it alone. */
class ClassroomWorkflowTest {

    @Test
    void theWorkflowIsWhatTheCatalogueMakes() throws IOException {
        if (!ClassroomWorkflow.isGenerated(ClassroomWorkflow.FILE)) {
            fail(ClassroomWorkflow.FILE + " is not what " + Catalogue.file() + " makes of it: run "
                    + ClassroomWorkflow.GENERATE + " and commit the result");
        }
    }

    @Test
    void theGeneratedWorkflowGradesEveryExerciseAtItsPoints(@TempDir Path temp) throws IOException {
        Path generated = temp.resolve("classroom.yml");
        ClassroomWorkflow.main(new String[] {generated.toString()});

        assertThat(ClassroomWorkflow.isGenerated(generated)).as("the file main wrote is the rendered workflow").isTrue();
        assertThat(ClassroomWorkflow.disagreements(generated)).as("where the generated workflow, read as YAML, and the"
                + " catalogue disagree").isEmpty();
    }

    @Test
    void anEditedWorkflowIsNoLongerTheGeneratedOne(@TempDir Path temp) throws IOException {
        Path edited = temp.resolve("classroom.yml");
        Files.writeString(edited, ClassroomWorkflow.render().replace("\n", "\r\n"));
        assertThat(ClassroomWorkflow.isGenerated(edited)).as("the generated workflow with Windows line endings").isTrue();

        Files.writeString(edited, ClassroomWorkflow.render().replaceFirst("max-score: 15", "max-score: 50"));
        assertThat(ClassroomWorkflow.isGenerated(edited)).as("a workflow giving exercise 05 50 points").isFalse();
        assertThat(ClassroomWorkflow.disagreements(edited)).as("disagreements of a workflow giving exercise 05 50 points")
                .containsExactly("exercise05 max-score should be 15, it is 50");
    }

    @Test
    void aMissingExerciseIsCaught(@TempDir Path temp) throws IOException {
        Path edited = temp.resolve("classroom.yml");
        Files.writeString(edited, ClassroomWorkflow.render().replace("id: exercise09", "id: exercise9"));
        assertThat(ClassroomWorkflow.disagreements(edited)).as("disagreements of a workflow without exercise09's step")
                .anyMatch(problem -> problem.startsWith("grading steps are [exercise01"));
    }

    @Test
    void aTitleYamlWouldMisreadIsQuoted() {
        assertThat(ClassroomWorkflow.scalar("03 Find a book")).isEqualTo("03 Find a book");
        assertThat(ClassroomWorkflow.scalar("10 Keys: \"the\" #1")).isEqualTo("\"10 Keys: \\\"the\\\" #1\"");
    }
}
