package lab.grading;

import lab.backend.KataConfigurationException;

/**
 * The isolation the grading tests grade under: the one {@code -Dgrade.isolation} asks for, or else the strongest this
 * machine offers; where there is none, none, knowingly (what a facilitator must say to grade without one).
 *
 * @param asked     what to hand the grader's settings as the isolation asked for
 * @param isolation what the grader will use
 */
record IsolationHere(String asked, Isolation isolation) {

    static IsolationHere find() {
        String asked = System.getProperty(Sandbox.ISOLATION_PROPERTY, "");
        try (Sandbox strongest = Sandbox.strongestAvailable(asked, said -> { })) {
            return new IsolationHere(asked, strongest.isolation());
        } catch (KataConfigurationException noneHere) {
            return new IsolationHere(Isolation.NONE.label(), Isolation.NONE);
        }
    }
}
