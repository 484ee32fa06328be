package lab.learner.agent;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Calls one {@link LearnerMethod} on the learner's classes as a given class loader sees them: a fresh instance of the
 * learner's class made with the client, then the method. What the learner's code throws is thrown as it is; a class
 * or method the learner's tree lacks is a {@link NoClassDefFoundError} or {@link NoSuchMethodError} that says which.
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
        Method target;
        try {
            constructor = type.getConstructor(DynamoDbClient.class);
        } catch (NoSuchMethodException missing) {
            throw new NoSuchMethodError(method.className() + " has no public constructor taking a DynamoDbClient");
        }
        try {
            target = type.getMethod(method.methodName(), method.parameterTypes());
        } catch (NoSuchMethodException missing) {
            throw new NoSuchMethodError(method.className() + " has no public method " + method.signature());
        }
        try {
            return target.invoke(constructor.newInstance(client), arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
