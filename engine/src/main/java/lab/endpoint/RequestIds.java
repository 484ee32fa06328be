package lab.endpoint;

import lab.backend.Unguessable;

/** Request ids for the answers the lab makes itself, shaped like the service's: 52 capitals and digits. */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        return random(52);
    }

    /** {@code length} random capitals and digits. */
    static String random(int length) {
        return Unguessable.capitals(length);
    }
}
