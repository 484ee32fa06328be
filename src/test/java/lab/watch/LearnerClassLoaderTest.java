package lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a rerun loads anew, and what stays loaded and warm in the watcher's JVM. */
class LearnerClassLoaderTest {

    @Test
    void theLearnersClassesTheStepsAndTheCucumberEngineAreLoadedAnewForEveryRerun() {
        assertThat(LearnerClassLoader.fresh("bookstore.BookRepository")).as("a learner class").isTrue();
        assertThat(LearnerClassLoader.fresh("lab.steps.BookSteps")).as("a step class, linked to the learner's").isTrue();
        assertThat(LearnerClassLoader.fresh("lab.fixtures.Items")).as("a fixture class, linked to Book").isTrue();
        assertThat(LearnerClassLoader.fresh("io.cucumber.junit.platform.engine.CucumberEngineExecutionContext"))
                .as("the engine class whose class loader finds the glue").isTrue();
    }

    @Test
    void theBackendTheClientsTheSdkAndCucumbersRuntimeAreShared() {
        assertThat(LearnerClassLoader.fresh("lab.backend.Backends")).as("the run's one backend").isFalse();
        assertThat(LearnerClassLoader.fresh("lab.client.Clients")).as("the shared HTTP client").isFalse();
        assertThat(LearnerClassLoader.fresh("lab.watch.Watcher")).as("the watcher itself").isFalse();
        assertThat(LearnerClassLoader.fresh("io.cucumber.core.runtime.Runtime")).as("Cucumber's runtime").isFalse();
        assertThat(LearnerClassLoader.fresh("software.amazon.awssdk.services.dynamodb.DynamoDbClient")).as("the SDK").isFalse();
    }
}
