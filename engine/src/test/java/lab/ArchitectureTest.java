package lab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the harness that its modules cannot say, checked on its compiled classes: the engine knows nothing
 * of the Books lab built on it; what runs in a learner JVM knows only the JDK and the SDK; the catalogue reader and the
 * sandbox's command line need only the JDK; the lower layers never reach up into the steps, grading, watch mode or
 * serve; and no package reaches back into one that reaches it.
 */
class ArchitectureTest {

    /** The harness's product classes, from its classes folder or its jar: not its tests, nor the learner's suite. */
    private static final JavaClasses HARNESS = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("lab");

    /** The Books lab's own packages, in the module lab/ on top of the engine. */
    private static final String[] THE_BOOKS_LAB = {"lab.steps..", "lab.fixtures..", "lab.patterns..", "lab.serve.."};

    @Test
    void theEngineKnowsNothingOfTheLabBuiltOnIt() {
        noClasses().that().resideOutsideOfPackages(THE_BOOKS_LAB)
                .should().dependOnClassesThat().resideInAnyPackage(THE_BOOKS_LAB)
                .because("the engine (engine/) runs any lab; the Books lab's steps, data and checks (lab/) build on it")
                .check(HARNESS);
    }

    @Test
    void theLearnerJvmsAgentKnowsOnlyTheJdkAndTheSdk() {
        classes().that().resideInAPackage("lab.learner.agent..").or().haveFullyQualifiedName("lab.client.Clients")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "software.amazon.awssdk..",
                        "lab.learner.agent..").or(HasName.Predicates.name("lab.client.Clients")))
                .because("a learner JVM's class path is the agent, the client factory and the SDK's jars")
                .check(HARNESS);
    }

    @Test
    void theCatalogueReaderAndTheSandboxNeedOnlyTheJdk() {
        classes().that().resideInAnyPackage("lab.catalogue..", "lab.sandbox..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "lab.catalogue..", "lab.sandbox..")
                .because("java hint.java compiles the catalogue with the JDK alone, and the sandbox is a command line")
                .check(HARNESS);
    }

    @Test
    void theLowerLayersNeverReachUpIntoTheStepsGradingWatchOrServe() {
        noClasses().that().resideInAnyPackage("lab.backend..", "lab.client..", "lab.endpoint..", "lab.learner..",
                        "lab.catalogue..", "lab.selection..", "lab.sandbox..", "lab.fixtures..")
                .should().dependOnClassesThat().resideInAnyPackage("lab.steps..", "lab.grading..", "lab.watch..",
                        "lab.serve..")
                .check(HARNESS);
    }

    @Test
    void noPackageOfTheHarnessReachesBackIntoAPackageThatReachesIt() {
        slices().matching("lab.(**)").namingSlices("lab.$1").should().beFreeOfCycles()
                .because("each package is a layer: what a package builds on never needs it back")
                .check(HARNESS);
    }
}
