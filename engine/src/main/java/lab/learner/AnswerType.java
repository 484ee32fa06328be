package lab.learner;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lab.learner.agent.ApiValues;

/**
 * The type a caller wants a learner method's answer as: {@code AnswerType.optionalOf(Book.class)} for an
 * {@code Optional<Book>}, whatever the learner's own {@code Book} class is.
 */
public final class AnswerType<T> {

    private final Type type;

    private AnswerType(Type type) {
        this.type = type;
    }

    /** For a method whose answer does not matter (void). */
    public static AnswerType<Object> none() {
        return new AnswerType<>(Object.class);
    }

    public static <T> AnswerType<T> of(Class<T> type) {
        return new AnswerType<>(type);
    }

    public static <E> AnswerType<List<E>> listOf(Class<E> element) {
        return new AnswerType<>(new Parameterized(List.class, element));
    }

    public static <E> AnswerType<Optional<E>> optionalOf(Class<E> element) {
        return new AnswerType<>(new Parameterized(Optional.class, element));
    }

    public static <K, V> AnswerType<Map<K, V>> mapOf(Class<K> key, Class<V> value) {
        return new AnswerType<>(new Parameterized(Map.class, key, value));
    }

    /** The answer (data) as this type. */
    @SuppressWarnings("unchecked")
    T of(Object data) {
        return (T) ApiValues.fromData(data, type);
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    private record Parameterized(Class<?> raw, Type... arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String getTypeName() {
            return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName).toList().toString()
                    .replace('[', '<').replace(']', '>');
        }
    }
}
