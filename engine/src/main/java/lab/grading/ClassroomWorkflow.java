package lab.grading;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Classroom workflow, {@code .github/workflows/classroom.yml}: one command-grader step per exercise of the
 * catalogue, worth its points, running that exercise's scenarios alone, then the grading reporter over all of them.
 * It is generated from the catalogue ({@link #GENERATE}, which runs {@link #main}); this class writes it, and says
 * where a workflow and the catalogue disagree.
 */
public final class ClassroomWorkflow {

    public static final Path FILE = Path.of(".github", "workflows", "classroom.yml");
    public static final String GRADER = "classroom-resources/autograding-command-grader@v1";
    public static final String REPORTER = "classroom-resources/autograding-grading-reporter@v1";
    /** The command that writes {@link #FILE} from the catalogue (the pom's classroom profile runs {@link #main}). */
    public static final String GENERATE = "./mvnw -q -Pclassroom";

    /** Minutes one exercise's grading step may take on the runner. */
    private static final int STEP_TIMEOUT_MINUTES = 10;
    private static final Pattern PLAIN_SCALAR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ,.()'/_-]*");

    private ClassroomWorkflow() {
    }

    /** Writes {@link #FILE} from the catalogue, in the directory the build runs in (the kata's root). */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + file + ": " + Catalogue.EXERCISES.size() + " exercises, "
                + Catalogue.totalPoints() + " points, from " + Catalogue.file());
    }

    /** Whether a workflow file is what the catalogue makes of it, line endings aside. */
    public static boolean isGenerated(Path workflow) throws IOException {
        return Files.exists(workflow) && Files.readString(workflow, StandardCharsets.UTF_8).replace("\r\n", "\n")
                .equals(render());
    }

    /** The workflow the catalogue makes. */
    public static String render() {
        StringBuilder yaml = new StringBuilder("""
                # GENERATED from exercises.toml by `%s`: do not edit it by hand, edit the catalogue and run that again.
                # GitHub Classroom autograding: on a learner's push, one grading step per exercise, worth that exercise's
                # points, then the reporter that sends the points to GitHub Classroom. A step earns its points when every
                # scenario of its exercise passes.
                name: Autograding Tests
                'on':
                  - push
                  - repository_dispatch
                  - workflow_dispatch
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  run-autograding-tests:
                    runs-on: ubuntu-latest
                    if: github.actor != 'github-classroom[bot]'
                    steps:
                      - name: Checkout code
                        uses: actions/checkout@v4
                      - name: Set up JDK 17
                        uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: '17'
                          cache: maven
                      - name: Build the lab once
                        run: ./mvnw -B -q test-compile
                """.formatted(GENERATE));
        for (Exercise exercise : Catalogue.EXERCISES) {
            String name = scalar(exercise.id() + " " + exercise.title());
            yaml.append("      - name: ").append(name).append('\n')
                    .append("        id: ").append(stepId(exercise)).append('\n')
                    .append("        uses: ").append(GRADER).append('\n')
                    .append("        with:\n")
                    .append("          test-name: ").append(name).append('\n')
                    .append("          setup-command: ''\n")
                    .append("          command: ").append(command(exercise)).append('\n')
                    .append("          timeout: ").append(STEP_TIMEOUT_MINUTES).append('\n')
                    .append("          max-score: ").append(exercise.points()).append('\n');
        }
        yaml.append("      - name: Autograding Reporter\n")
                .append("        uses: ").append(REPORTER).append('\n')
                .append("        env:\n");
        for (Exercise exercise : Catalogue.EXERCISES) {
            yaml.append("          ").append(stepId(exercise).toUpperCase()).append("_RESULTS: \"${{steps.")
                    .append(stepId(exercise)).append(".outputs.result}}\"\n");
        }
        yaml.append("        with:\n")
                .append("          runners: ").append(Catalogue.EXERCISES.stream().map(ClassroomWorkflow::stepId)
                        .collect(Collectors.joining(","))).append('\n');
        return yaml.toString();
    }

    /** A YAML scalar: plain where that is safe, else double-quoted. */
    static String scalar(String text) {
        if (PLAIN_SCALAR.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The step id of an exercise; the reporter wants letters and digits only. */
    public static String stepId(Exercise exercise) {
        return "exercise" + exercise.id();
    }

    /** The command that grades one exercise: its scenarios alone, passing or not. */
    public static String command(Exercise exercise) {
        return "./mvnw -B -q test -Dkata.exercise=" + exercise.id();
    }

    /** Every way the workflow differs from the catalogue, one line each; empty when they agree. */
    public static List<String> disagreements(Path workflow) {
        if (!Files.exists(workflow)) {
            return List.of(workflow + " is missing");
        }
        List<Map<String, Object>> steps = steps(read(workflow));
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> graders = steps.stream().filter(step -> GRADER.equals(step.get("uses"))).toList();
        List<String> expectedIds = Catalogue.EXERCISES.stream().map(ClassroomWorkflow::stepId).toList();
        List<String> actualIds = graders.stream().map(step -> String.valueOf(step.get("id"))).toList();
        if (!actualIds.equals(expectedIds)) {
            problems.add("grading steps are " + actualIds + ", the catalogue's exercises are " + expectedIds);
        }
        for (Exercise exercise : Catalogue.EXERCISES) {
            graders.stream().filter(step -> stepId(exercise).equals(step.get("id"))).findFirst()
                    .ifPresent(step -> compare(exercise, with(step), problems));
        }
        List<Map<String, Object>> reporters = steps.stream().filter(step -> REPORTER.equals(step.get("uses"))).toList();
        if (reporters.size() != 1) {
            problems.add("there should be one " + REPORTER + " step, there are " + reporters.size());
        } else {
            compareReporter(reporters.get(0), expectedIds, problems);
        }
        return problems;
    }

    private static void compare(Exercise exercise, Map<String, Object> with, List<String> problems) {
        String id = stepId(exercise);
        expect(problems, id + " max-score", String.valueOf(exercise.points()), with.get("max-score"));
        expect(problems, id + " command", command(exercise), with.get("command"));
        Object name = with.get("test-name");
        if (name == null || !String.valueOf(name).contains(exercise.title())) {
            problems.add(id + " test-name should name the exercise (" + exercise.id() + " " + exercise.title()
                    + "), it is " + name);
        }
    }

    private static void compareReporter(Map<String, Object> reporter, List<String> ids, List<String> problems) {
        expect(problems, "reporter runners", String.join(",", ids), with(reporter).get("runners"));
        Map<String, Object> env = map(reporter.get("env"));
        for (String id : ids) {
            String variable = id.toUpperCase() + "_RESULTS";
            expect(problems, "reporter env " + variable, "${{steps." + id + ".outputs.result}}",
                    Objects.toString(env.get(variable), "").replace(" ", ""));
        }
        List<String> extra = env.keySet().stream().filter(key -> key.endsWith("_RESULTS"))
                .filter(key -> !ids.contains(key.substring(0, key.length() - "_RESULTS".length()).toLowerCase()))
                .collect(Collectors.toList());
        if (!extra.isEmpty()) {
            problems.add("reporter env has results of no exercise: " + extra);
        }
    }

    private static void expect(List<String> problems, String what, String expected, Object actual) {
        if (!expected.equals(Objects.toString(actual, null))) {
            problems.add(what + " should be " + expected + ", it is " + actual);
        }
    }

    private static Map<String, Object> read(Path workflow) {
        try (Reader reader = Files.newBufferedReader(workflow, StandardCharsets.UTF_8)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + workflow, e);
        }
    }

    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : map(workflow.get("jobs")).values()) {
            Object jobSteps = map(job).get("steps");
            if (jobSteps instanceof List<?> list) {
                list.forEach(step -> steps.add(map(step)));
            }
        }
        return steps;
    }

    private static Map<String, Object> with(Map<String, Object> step) {
        return map(step.get("with"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
