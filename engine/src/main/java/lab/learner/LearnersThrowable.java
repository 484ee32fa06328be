package lab.learner;

/** An exception the learner's code threw in a learner JVM, made again in this one: the learner's class's name. */
public interface LearnersThrowable {

    /** The binary name of the class the learner's code threw, e.g. {@code java.lang.IllegalStateException}. */
    String learnersClassName();
}
