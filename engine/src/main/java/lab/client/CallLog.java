package lab.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Every call one scenario's learner code made through the lab endpoint, in order. The learner's code runs on a
 * thread of its own, the steps that read the log on the scenario's thread: the log is safe for both.
 */
public final class CallLog {

    private final List<Call> calls = new ArrayList<>();

    public synchronized void add(Call call) {
        calls.add(call);
    }

    /** Every call so far. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** A place in the log, for {@link #since(int)}. */
    public synchronized int mark() {
        return calls.size();
    }

    /** The calls made after the mark was taken. */
    public synchronized List<Call> since(int mark) {
        return List.copyOf(calls.subList(Math.min(mark, calls.size()), calls.size()));
    }
}
