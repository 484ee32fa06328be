package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import lab.learner.LearnerJvmImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container judge's learner JVMs start from a class-data archive as bubblewrap's do: trained in the judges' image,
 * with its JDK, the archive is one that JDK maps (an archive of the grader's JDK would be ignored there). Runs where a
 * container judge can (CI's container-judge section asks for it with {@code -Dgrade.isolation=container}).
 */
class ContainerLearnerImageTest {

    @TempDir
    Path temp;

    @Test
    void anArchiveTrainedInTheJudgesImageIsMappedThereByALearnerOfItsOwn() throws IOException, InterruptedException {
        Assumptions.assumeTrue(IsolationHere.find().isolation() == Isolation.CONTAINER,
                "Skipped: no container judge here (-Dgrade.isolation=container with a Docker or Podman engine)");
        ContainerEngine engine = ContainerEngine.onThisMachine().orElseThrow();
        Path folder = Files.createDirectory(temp.resolve("learner-jvm"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(LearnerJvmImage.make(folder, line -> engine.runJavaOnce(folder, line)))
                .as("why the archive could not be made in the image").isEmpty();

        List<String> classpath = Files.readAllLines(folder.resolve("classpath.txt")).stream()
                .map(entry -> folder.resolve(entry).toString()).toList();
        // -Xshare:on: a JVM that cannot map the archive refuses to start, where a learner JVM's -Xshare:auto goes on
        // without it. As the judge's learner JVMs run: another user, the folder read-only.
        List<String> learner = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:on", "-XX:SharedArchiveFile=" + folder.resolve("learner.jsa"), "-Xlog:cds=info",
                "-cp", String.join(":", classpath), "-version"));
        List<String> line = new ArrayList<>(engine.runJavaOnce(folder, learner));
        line.set(line.indexOf(folder + ":" + folder + ":rw"), folder + ":" + folder + ":ro");
        line.set(line.indexOf("--user") + 1, ContainerEngine.LEARNER_UID + ":" + ContainerEngine.LEARNER_UID);
        Process java = new ProcessBuilder(line).redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("the learner's java ended").isTrue();

        assertThat(java.exitValue()).as("the exit of a java that must map the archive: %s", said).isZero();
        assertThat(said).as("what it logged of the archive").contains("Mapped dynamic region");
    }
}
