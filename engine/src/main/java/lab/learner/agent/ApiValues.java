package lab.learner.agent;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a learner method takes and answers, as data that any class loader and any JVM can hold: null, strings,
 * booleans, whole and decimal numbers, instants, lists, maps, optionals, and records (as {@link RecordData}). Values
 * become data on one side ({@link #toData}) and the type the receiving side declares on the other ({@link #fromData}):
 * a learner method's parameter types in the learner's JVM, the type a step asks for in the harness's. Nothing is made
 * into a class the receiving side did not name.
 */
public final class ApiValues {

    private ApiValues() {
    }

    /** The value as data: records become {@link RecordData}, collections lists, maps ordered maps. */
    public static Object toData(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Double || value instanceof Instant) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ApiValues::toData);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            collection.forEach(element -> list.add(toData(element)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> data = new LinkedHashMap<>();
            map.forEach((key, element) -> data.put(toData(key), toData(element)));
            return data;
        }
        if (value instanceof RecordData) {
            return value;
        }
        if (value.getClass().isRecord()) {
            return recordData(value);
        }
        throw new IllegalArgumentException("The lab's API carries no values of type " + value.getClass().getName()
                + " (only strings, booleans, numbers, instants, lists, maps, optionals and records of these)");
    }

    /** The data as a value of the type the receiving side declares. */
    public static Object fromData(Object data, Type target) {
        if (target instanceof ParameterizedType parameterized) {
            return fromData(data, (Class<?>) parameterized.getRawType(), parameterized.getActualTypeArguments());
        }
        if (target instanceof Class<?> type) {
            return fromData(data, type, new Type[0]);
        }
        if (target instanceof WildcardType wildcard) {
            return fromData(data, wildcard.getUpperBounds()[0]);
        }
        if (target instanceof TypeVariable<?> || target instanceof GenericArrayType) {
            return data;
        }
        throw new IllegalArgumentException("No value can be made of type " + target);
    }

    private static Object fromData(Object data, Class<?> type, Type[] arguments) {
        Type element = arguments.length > 0 ? arguments[0] : Object.class;
        if (type == Optional.class) {
            Object inner = data instanceof Optional<?> optional ? optional.orElse(null) : data;
            return Optional.ofNullable(fromData(inner, element));
        }
        if (data == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("No value (null) where a " + type.getName() + " is needed");
            }
            return null;
        }
        if (type.isRecord()) {
            return record(data, type);
        }
        if (type == List.class || type == Collection.class || type == Iterable.class || type == ArrayList.class) {
            List<Object> list = new ArrayList<>();
            elements(data, type).forEach(each -> list.add(fromData(each, element)));
            return list;
        }
        if (type == Set.class || type == LinkedHashSet.class) {
            Set<Object> set = new LinkedHashSet<>();
            elements(data, type).forEach(each -> set.add(fromData(each, element)));
            return set;
        }
        if (type == Map.class || type == LinkedHashMap.class) {
            if (!(data instanceof Map<?, ?> map)) {
                throw mismatch(data, type);
            }
            Type valueType = arguments.length > 1 ? arguments[1] : Object.class;
            Map<Object, Object> made = new LinkedHashMap<>();
            map.forEach((key, value) -> made.put(fromData(key, element), fromData(value, valueType)));
            return made;
        }
        if (data instanceof Number number) {
            Object made = number(number, type);
            if (made != null) {
                return made;
            }
        }
        if ((type == boolean.class || type == Boolean.class) && data instanceof Boolean) {
            return data;
        }
        if (type.isEnum() && data instanceof String name) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        if (type.isInstance(data)) {
            return data;
        }
        throw mismatch(data, type);
    }

    private static Object number(Number number, Class<?> type) {
        if (type == long.class || type == Long.class) {
            return number.longValue();
        }
        if (type == int.class || type == Integer.class) {
            return number.intValue();
        }
        if (type == double.class || type == Double.class) {
            return number.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return number.floatValue();
        }
        if (type == short.class || type == Short.class) {
            return number.shortValue();
        }
        return null;
    }

    private static Collection<?> elements(Object data, Class<?> type) {
        if (data instanceof Collection<?> collection) {
            return collection;
        }
        throw mismatch(data, type);
    }

    private static RecordData recordData(Object record) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.trySetAccessible();
                components.put(component.getName(), toData(accessor.invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalArgumentException("The component " + component.getName() + " of "
                        + record.getClass().getName() + " could not be read: " + unreadable, unreadable);
            }
        }
        return new RecordData(record.getClass().getSimpleName(), components);
    }

    private static Object record(Object data, Class<?> type) {
        if (type.isInstance(data)) {
            return data;
        }
        RecordData record = data instanceof RecordData given ? given
                : data.getClass().isRecord() ? recordData(data) : null;
        if (record == null) {
            throw mismatch(data, type);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (!record.components().containsKey(name)) {
                throw new IllegalArgumentException(type.getName() + " has a component " + name + " that a "
                        + record.typeName() + " has not (it has " + String.join(", ", record.components().keySet()) + ")");
            }
            types[i] = components[i].getType();
            values[i] = fromData(record.components().get(name), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.trySetAccessible();
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            Throwable cause = refused.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalArgumentException(cause);
        } catch (ReflectiveOperationException unmade) {
            throw new IllegalArgumentException("A " + type.getName() + " could not be made: " + unmade, unmade);
        }
    }

    private static IllegalArgumentException mismatch(Object data, Class<?> type) {
        String what = data instanceof RecordData record ? "a " + record.typeName() : "a " + data.getClass().getSimpleName();
        return new IllegalArgumentException(what + " cannot be a " + type.getName());
    }
}
