package lab.cloudwatch;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CBOR (RFC 8949) as Smithy's RPC v2 CBOR protocol uses it, which is how the SDK's and the AWS CLI's CloudWatch
 * clients speak: maps with text keys, arrays, text, byte strings, integers, floats of every width, booleans, null,
 * and timestamps as tag 1 (seconds since the epoch). Read into plain Java values ({@link Map}, {@link List},
 * {@link String}, {@code byte[]}, {@link Long} or {@link BigInteger}, {@link Double}, {@link Boolean}, null,
 * {@link Instant}); written from the same.
 */
public final class Cbor {

    private static final int MAX_DEPTH = 64;

    private Cbor() {
    }

    /** A malformed CBOR document, or one this reader does not take. */
    public static final class Malformed extends Exception {
        Malformed(String why) {
            super(why, null, false, false);
        }
    }

    /** The one data item in {@code bytes}; an empty document reads as an empty map, as an empty request body means. */
    public static Object read(byte[] bytes) throws Malformed {
        if (bytes.length == 0) {
            return new LinkedHashMap<String, Object>();
        }
        Reader reader = new Reader(bytes);
        Object value = reader.item(0);
        if (value == Reader.BREAK) {
            throw new Malformed("an unexpected break");
        }
        if (reader.at != bytes.length) {
            throw new Malformed("bytes after the end of the document");
        }
        return value;
    }

    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(0xf6);
        } else if (value instanceof Boolean bool) {
            out.write(bool ? 0xf5 : 0xf4);
        } else if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number >= 0) {
                head(out, 0, number);
            } else {
                head(out, 1, -1 - number);
            }
        } else if (value instanceof Number number) {
            out.write(0xfb);
            long bits = Double.doubleToLongBits(number.doubleValue());
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift) & 0xff);
            }
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            head(out, 3, utf8.length);
            out.writeBytes(utf8);
        } else if (value instanceof byte[] bytes) {
            head(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Instant instant) {
            head(out, 6, 1);
            long millis = instant.toEpochMilli();
            if (millis % 1000 == 0) {
                write(out, millis / 1000);
            } else {
                write(out, millis / 1000.0);
            }
        } else if (value instanceof Map<?, ?> map) {
            head(out, 5, map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            head(out, 4, list.size());
            for (Object element : list) {
                write(out, element);
            }
        } else {
            throw new IllegalArgumentException("CBOR cannot carry a " + value.getClass().getSimpleName());
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            out.write(type | (int) argument);
        } else if (argument < 0x100) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument < 0x10000) {
            out.write(type | 25);
            out.write((int) (argument >>> 8));
            out.write((int) argument & 0xff);
        } else if (argument < 0x100000000L) {
            out.write(type | 26);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write((int) (argument >>> shift) & 0xff);
            }
        } else {
            out.write(type | 27);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (argument >>> shift) & 0xff);
            }
        }
    }

    private static final class Reader {

        static final Object BREAK = new Object();

        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() throws Malformed {
            if (at >= bytes.length) {
                throw new Malformed("the document ends in the middle of an item");
            }
            return bytes[at++] & 0xff;
        }

        /** The argument of a head whose low five bits are {@code info}; -1 for an indefinite length. */
        long argument(int info) throws Malformed {
            if (info < 24) {
                return info;
            }
            int size = switch (info) {
                case 24 -> 1;
                case 25 -> 2;
                case 26 -> 4;
                case 27 -> 8;
                case 31 -> 0;
                default -> throw new Malformed("a reserved additional information value " + info);
            };
            if (size == 0) {
                return -1;
            }
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = (value << 8) | next();
            }
            return value;
        }

        Object item(int depth) throws Malformed {
            if (depth > MAX_DEPTH) {
                throw new Malformed("items nested more than " + MAX_DEPTH + " deep");
            }
            int initial = next();
            int major = initial >>> 5;
            int info = initial & 0x1f;
            if (major == 7) {
                return simple(info);
            }
            long argument = argument(info);
            if (argument == -1 && (major == 0 || major == 1 || major == 6)) {
                throw new Malformed("an indefinite length on an item that has none");
            }
            return switch (major) {
                case 0 -> argument >= 0 ? (Object) argument : new BigInteger(Long.toUnsignedString(argument));
                case 1 -> argument >= 0 ? (Object) (-1 - argument)
                        : BigInteger.ONE.negate().subtract(new BigInteger(Long.toUnsignedString(argument)));
                case 2 -> bytesOf(2, argument, depth);
                case 3 -> new String((byte[]) bytesOf(3, argument, depth), StandardCharsets.UTF_8);
                case 4 -> array(argument, depth);
                case 5 -> map(argument, depth);
                default -> tagged(argument, depth);
            };
        }

        Object bytesOf(int major, long length, int depth) throws Malformed {
            if (length == -1) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                while (true) {
                    int initial = next();
                    if (initial == 0xff) {
                        return chunks.toByteArray();
                    }
                    if (initial >>> 5 != major) {
                        throw new Malformed("a chunk of another type inside an indefinite string");
                    }
                    long chunk = argument(initial & 0x1f);
                    if (chunk == -1) {
                        throw new Malformed("an indefinite chunk inside an indefinite string");
                    }
                    chunks.writeBytes(take(chunk));
                }
            }
            return take(length);
        }

        byte[] take(long length) throws Malformed {
            if (length < 0 || length > bytes.length - at) {
                throw new Malformed("a string longer than the document");
            }
            byte[] taken = java.util.Arrays.copyOfRange(bytes, at, at + (int) length);
            at += (int) length;
            return taken;
        }

        List<Object> array(long length, int depth) throws Malformed {
            List<Object> list = new ArrayList<>();
            if (length > bytes.length - at) {
                throw new Malformed("an array longer than the document");
            }
            for (long i = 0; length == -1 || i < length; i++) {
                Object element = item(depth + 1);
                if (element == BREAK) {
                    if (length == -1) {
                        return list;
                    }
                    throw new Malformed("an unexpected break");
                }
                list.add(element);
            }
            return list;
        }

        Map<String, Object> map(long length, int depth) throws Malformed {
            Map<String, Object> map = new LinkedHashMap<>();
            if (length > bytes.length - at) {
                throw new Malformed("a map longer than the document");
            }
            for (long i = 0; length == -1 || i < length; i++) {
                Object key = item(depth + 1);
                if (key == BREAK && length == -1) {
                    return map;
                }
                if (!(key instanceof String text)) {
                    throw new Malformed("a map key that is not text");
                }
                Object value = item(depth + 1);
                if (value == BREAK) {
                    throw new Malformed("a map key without a value");
                }
                map.put(text, value);
            }
            return map;
        }

        Object tagged(long tag, int depth) throws Malformed {
            Object content = item(depth + 1);
            if (tag != 1) {
                return content;
            }
            if (content instanceof Long seconds) {
                return Instant.ofEpochSecond(seconds);
            }
            if (content instanceof Double seconds && Double.isFinite(seconds)) {
                return Instant.ofEpochMilli(Math.round(seconds * 1000));
            }
            throw new Malformed("a timestamp (tag 1) that is not a number of seconds");
        }

        Object simple(int info) throws Malformed {
            return switch (info) {
                case 20 -> Boolean.FALSE;
                case 21 -> Boolean.TRUE;
                case 22, 23 -> null;
                case 25 -> half((int) argument(25));
                case 26 -> (double) Float.intBitsToFloat((int) argument(26));
                case 27 -> Double.longBitsToDouble(argument(27));
                case 31 -> BREAK;
                default -> throw new Malformed("a simple value " + info + " that CBOR's data model here has no use for");
            };
        }

        /** An IEEE 754 half-precision float (RFC 8949, appendix D). */
        static double half(int bits) {
            int exponent = (bits >> 10) & 0x1f;
            int mantissa = bits & 0x3ff;
            double value;
            if (exponent == 0) {
                value = mantissa * Math.pow(2, -24);
            } else if (exponent != 31) {
                value = (mantissa + 1024) * Math.pow(2, exponent - 25);
            } else {
                value = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            }
            return (bits & 0x8000) != 0 ? -value : value;
        }
    }
}
