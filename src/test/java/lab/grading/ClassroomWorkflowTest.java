package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Classroom workflow awards each exercise the catalogue's points, by running that exercise alone. */
class ClassroomWorkflowTest {

    @Test
    void theWorkflowAgreesWithTheCatalogue() {
        assertThat(ClassroomWorkflow.disagreements(ClassroomWorkflow.FILE))
                .as("where %s and lab.catalogue.Catalogue disagree", ClassroomWorkflow.FILE).isEmpty();
    }

    @Test
    void aStepWorthOtherPointsThanTheCatalogueIsCaught(@TempDir Path temp) throws IOException {
        Path edited = temp.resolve("classroom.yml");
        String workflow = Files.readString(ClassroomWorkflow.FILE);
        Files.writeString(edited, workflow.replaceFirst("max-score: 15", "max-score: 50"));
        assertThat(ClassroomWorkflow.disagreements(edited)).as("disagreements of a workflow giving exercise 05 50 points")
                .containsExactly("exercise05 max-score should be 15, it is 50");
    }

    @Test
    void aMissingExerciseIsCaught(@TempDir Path temp) throws IOException {
        Path edited = temp.resolve("classroom.yml");
        Files.writeString(edited, Files.readString(ClassroomWorkflow.FILE).replace("id: exercise09", "id: exercise9"));
        assertThat(ClassroomWorkflow.disagreements(edited)).as("disagreements of a workflow without exercise09's step")
                .anyMatch(problem -> problem.startsWith("grading steps are [exercise01"));
    }
}
