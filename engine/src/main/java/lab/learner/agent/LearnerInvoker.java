package lab.learner.agent;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Calls one {@link LearnerMethod} on the learner's classes as a given class loader sees them: a fresh instance of the
 * learner's class made with the clients its public constructor asks for (a {@link DynamoDbClient}, a
 * {@link CloudWatchClient}, or both in that order), then the method whose name it has and whose parameters take the arguments
 * (data, made into the method's own parameter types; a {@link DynamoDbClient} parameter takes the learner's client of
 * the region a {@link ClientInRegion} names). Answers what the method returned, as data. What the learner's
 * code throws is thrown as it is; a class or method the learner's tree lacks is a {@link NoClassDefFoundError} or
 * {@link NoSuchMethodError} that says which.
 */
public final class LearnerInvoker {

    /** The constructors a learner class may have, in the order they are looked for. */
    private static final List<Class<?>[]> CONSTRUCTORS = List.of(new Class<?>[] {DynamoDbClient.class},
            new Class<?>[] {CloudWatchClient.class}, new Class<?>[] {DynamoDbClient.class, CloudWatchClient.class});

    private final ClassLoader learnerClasses;

    public LearnerInvoker(ClassLoader learnerClasses) {
        this.learnerClasses = learnerClasses;
    }

    public Object invoke(LearnerMethod method, LearnerClients clients, Object... arguments) throws Throwable {
        Class<?> type;
        try {
            type = Class.forName(method.className(), true, learnerClasses);
        } catch (ClassNotFoundException missing) {
            throw new NoClassDefFoundError("There is no class " + method.className() + " among the learner's classes");
        }
        Constructor<?> constructor = constructor(type);
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
                made = parameters(target, arguments, clients);
            } catch (IllegalArgumentException notThisOne) {
                unfit = notThisOne;
                continue;
            }
            try {
                return ApiValues.toData(target.invoke(constructor.newInstance(clients(constructor, clients)), made));
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
        throw new NoSuchMethodError(method.className() + "." + method.methodName() + " takes other arguments than the "
                + "lab gives it: " + unfit.getMessage());
    }

    /** The learner class's public constructor that takes the lab's clients. */
    private static Constructor<?> constructor(Class<?> type) {
        for (Class<?>[] takes : CONSTRUCTORS) {
            try {
                return type.getConstructor(takes);
            } catch (NoSuchMethodException notThisOne) {
                // the next, then
            }
        }
        throw new NoSuchMethodError(type.getName() + " has no public constructor taking a DynamoDbClient, a "
                + "CloudWatchClient, or both");
    }

    private static Object[] clients(Constructor<?> constructor, LearnerClients clients) {
        Class<?>[] takes = constructor.getParameterTypes();
        Object[] given = new Object[takes.length];
        for (int i = 0; i < takes.length; i++) {
            given[i] = takes[i] == DynamoDbClient.class ? clients.dynamoDb() : clients.cloudWatch().get();
        }
        return given;
    }

    private static Object[] parameters(Method target, Object[] arguments, LearnerClients clients) {
        Type[] types = target.getGenericParameterTypes();
        Object[] made = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            made[i] = types[i] == DynamoDbClient.class ? client(arguments[i], clients)
                    : ApiValues.fromData(arguments[i], types[i]);
        }
        return made;
    }

    /** The learner's client of another region, where the lab gives one ({@link ClientInRegion}). */
    private static DynamoDbClient client(Object argument, LearnerClients clients) {
        if (!(argument instanceof RecordData record) || !record.typeName().equals(ClientInRegion.class.getSimpleName())) {
            throw new IllegalArgumentException("the lab gives no DynamoDbClient here");
        }
        return clients.otherRegions().in(new ClientInRegion(String.valueOf(record.components().get("region"))).region());
    }
}
