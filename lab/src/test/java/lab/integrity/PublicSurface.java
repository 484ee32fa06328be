package lab.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;

/** The public surface of a source file, as the compiler parses it: what a caller of the learner API can see. */
public final class PublicSurface {

    private static final Set<Modifier> VISIBLE = Set.of(Modifier.PUBLIC, Modifier.PROTECTED);

    private PublicSurface() {
    }

    /** One line per public or protected type, constructor, method and field, in source order. */
    public static List<String> of(Path file) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjects(file));
            List<String> surface = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree declared) {
                        describe(declared, surface);
                    }
                }
            }
            return surface;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(ClassTree type, List<String> surface) {
        surface.add(modifiers(type.getModifiers().getFlags()) + type.getKind() + " " + type.getSimpleName()
                + (type.getExtendsClause() == null ? "" : " extends " + type.getExtendsClause())
                + (type.getImplementsClause().isEmpty() ? "" : " implements " + type.getImplementsClause()));
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree method && isVisible(method.getModifiers().getFlags(), type)) {
                surface.add("  " + modifiers(method.getModifiers().getFlags())
                        + (method.getReturnType() == null ? "" : method.getReturnType() + " ")
                        + method.getName() + method.getParameters().stream()
                                .map(parameter -> parameter.getType().toString())
                                .collect(Collectors.joining(", ", "(", ")"))
                        + (method.getThrows().isEmpty() ? "" : " throws " + method.getThrows()));
            } else if (member instanceof VariableTree field && isVisible(field.getModifiers().getFlags(), type)) {
                surface.add("  " + modifiers(field.getModifiers().getFlags()) + field.getType() + " " + field.getName()
                        + (field.getInitializer() == null ? "" : " = " + field.getInitializer()));
            } else if (member instanceof ClassTree nested && isVisible(nested.getModifiers().getFlags(), type)) {
                describe(nested, surface);
            }
        }
    }

    private static boolean isVisible(Set<Modifier> flags, ClassTree owner) {
        return flags.stream().anyMatch(VISIBLE::contains) || owner.getKind() == Tree.Kind.RECORD;
    }

    private static String modifiers(Set<Modifier> flags) {
        return flags.stream().sorted().map(flag -> flag + " ").collect(Collectors.joining());
    }
}
