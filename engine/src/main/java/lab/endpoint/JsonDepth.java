package lab.endpoint;

/**
 * How deep a JSON document nests, found without parsing it: a request nested thousands of levels deep would take the
 * JSON parser's recursion past the stack. DynamoDB's own values nest 32 levels at most.
 */
final class JsonDepth {

    /** The most a request may nest: far beyond any request of the service's, far below the parser's stack. */
    static final int MOST = 256;

    private JsonDepth() {
    }

    /** Whether {@code json} nests at most {@code most} arrays and objects deep (brackets inside strings do not count). */
    static boolean within(byte[] json, int most) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > most) {
                    return false;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return true;
    }
}
