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
import java.util.stream.Collectors;

import lab.catalogue.Catalogue;
import lab.catalogue.Exercise;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Classroom workflow, {@code .github/workflows/classroom.yml}: one command-grader step per exercise of the
 * catalogue, worth its points, running that exercise's scenarios alone, then the grading reporter over all of them.
 * This class says where the file and the catalogue disagree.
 */
public final class ClassroomWorkflow {

    public static final Path FILE = Path.of(".github", "workflows", "classroom.yml");
    public static final String GRADER = "classroom-resources/autograding-command-grader@v1";
    public static final String REPORTER = "classroom-resources/autograding-grading-reporter@v1";

    private ClassroomWorkflow() {
    }

    /** The step id of an exercise; the reporter wants letters and digits only. */
    public static String stepId(Exercise exercise) {
        return "exercise" + exercise.id();
    }

    /** The command that grades one exercise: its scenarios alone, passing or not. */
    public static String command(Exercise exercise) {
        return "mvn -B -q test -Dkata.exercise=" + exercise.id();
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
