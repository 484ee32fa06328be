package lab.learner.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How arguments and answers of the learner's API travel between the harness and a learner JVM: each value as data
 * ({@link ApiValues}), a tag and its content. What is read is data again; each side makes it into the types it
 * declares. Nothing is deserialized into a class the reader did not choose.
 */
public final class Wire {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte INSTANT = 4;
    private static final byte RECORD = 5;
    private static final byte LIST = 6;
    private static final byte OPTIONAL = 7;
    private static final byte BOOLEAN = 8;
    private static final byte DOUBLE = 9;
    private static final byte MAP = 10;

    /** Strings longer than writeUTF takes are sent as bytes. */
    private static final int MAX_UTF = 16_000;
    /** Room made ahead for a list or map read, whatever size it claims. */
    private static final int MOST_AHEAD = 10_000;

    private Wire() {
    }

    /** Writes the value as data. */
    public static void write(DataOutputStream out, Object value) throws IOException {
        writeData(out, ApiValues.toData(value));
    }

    private static void writeData(DataOutputStream out, Object data) throws IOException {
        if (data == null) {
            out.writeByte(NULL);
        } else if (data instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (data instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (data instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (data instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (data instanceof Boolean truth) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(truth);
        } else if (data instanceof Instant instant) {
            out.writeByte(INSTANT);
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        } else if (data instanceof RecordData record) {
            out.writeByte(RECORD);
            writeString(out, record.typeName());
            writeEntries(out, record.components());
        } else if (data instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                writeData(out, element);
            }
        } else if (data instanceof Optional<?> optional) {
            out.writeByte(OPTIONAL);
            writeData(out, optional.orElse(null));
        } else if (data instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            writeEntries(out, map);
        } else {
            throw new IllegalArgumentException("Not data of the lab's API: " + data.getClass().getName());
        }
    }

    private static void writeEntries(DataOutputStream out, Map<?, ?> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            writeData(out, entry.getKey());
            writeData(out, entry.getValue());
        }
    }

    /** Reads one value, as data. */
    public static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case LONG:
                return in.readLong();
            case INT:
                return in.readInt();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case INSTANT:
                return Instant.ofEpochSecond(in.readLong(), in.readInt());
            case RECORD: {
                String typeName = readString(in);
                Map<String, Object> components = new LinkedHashMap<>();
                readEntries(in).forEach((name, value) -> components.put(String.valueOf(name), value));
                return new RecordData(typeName, components);
            }
            case LIST: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(Math.min(size, MOST_AHEAD));
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case OPTIONAL:
                return Optional.ofNullable(read(in));
            case MAP:
                return readEntries(in);
            default:
                throw new IOException("Not a value of the lab's API: tag " + tag);
        }
    }

    private static Map<Object, Object> readEntries(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<Object, Object> map = new LinkedHashMap<>(Math.min(size, MOST_AHEAD));
        for (int i = 0; i < size; i++) {
            map.put(read(in), read(in));
        }
        return map;
    }

    public static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    public static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    public static void writeString(DataOutputStream out, String text) throws IOException {
        if (text.length() <= MAX_UTF) {
            out.writeBoolean(true);
            out.writeUTF(text);
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeBoolean(false);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    public static String readString(DataInputStream in) throws IOException {
        if (in.readBoolean()) {
            return in.readUTF();
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
