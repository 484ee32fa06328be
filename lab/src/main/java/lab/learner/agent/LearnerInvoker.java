package lab.learner.agent;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Calls one {@link LearnerMethod} on the learner's classes as a given class loader sees them: a fresh instance of the
 * learner's class made with the client, then the method whose name it has and whose parameters take the arguments
 * (data, made into the method's own parameter types). Answers what the method returned, as data. What the learner's
 * code throws is thrown as it is; a class or method the learner's tree lacks is a {@link NoClassDefFoundError} or
 * {@link NoSuchMethodError} that says which.
 */
public final class LearnerInvoker {

    private final ClassLoader learnerClasses;

    public LearnerInvoker(ClassLoader learnerClasses) {
        this.learnerClasses = learnerClasses;
    }

    public Object invoke(LearnerMethod method, DynamoDbClient client, Object... arguments) throws Throwable {
        Class<?> type;
        try {
            type = Class.forName(method.className(), true, learnerClasses);
        } catch (ClassNotFoundException missing) {
            throw new NoClassDefFoundError("There is no class " + method.className() + " among the learner's classes");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor(DynamoDbClient.class);
        } catch (NoSuchMethodException missing) {
            throw new NoSuchMethodError(method.className() + " has no public constructor taking a DynamoDbClient");
        }
        List<Method> candidates = new ArrayList<>();
        for (Method each : type.getMethods()) {
            if (each.getName().equals(method.methodName()) && each.getParameterCount() == arguments.length
                    && !Modifier.isStatic(each.getModifiers())) {
                candidates.add(each);
            }
        }
        if (candidates.isEmpty()) {
            throw new NoSuchMethodError(method.className() + " has no public method " + method.methodName() + " taking "
                    + arguments.length + (arguments.length == 1 ? " argument" : " arguments"));
        }
        IllegalArgumentException unfit = null;
        for (Method target : candidates) {
            Object[] made;
            try {
                made = parameters(target, arguments);
            } catch (IllegalArgumentException notThisOne) {
                unfit = notThisOne;
                continue;
            }
            try {
                return ApiValues.toData(target.invoke(constructor.newInstance(client), made));
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
        throw new NoSuchMethodError(method.className() + "." + method.methodName() + " takes other arguments than the "
                + "lab gives it: " + unfit.getMessage());
    }

    private static Object[] parameters(Method target, Object[] arguments) {
        Type[] types = target.getGenericParameterTypes();
        Object[] made = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            made[i] = ApiValues.fromData(arguments[i], types[i]);
        }
        return made;
    }
}
