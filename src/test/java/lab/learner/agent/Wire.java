package lab.learner.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How arguments and answers of the learner's API travel between the harness and a learner JVM: a tagged value per
 * argument or answer, of the only types that API has (strings, whole numbers, instants, books, lists, optionals, null).
 * Nothing is deserialized into a class the reader did not choose.
 */
public final class Wire {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte INSTANT = 4;
    private static final byte BOOK = 5;
    private static final byte LIST = 6;
    private static final byte OPTIONAL = 7;

    /** Strings longer than writeUTF takes are sent as bytes. */
    private static final int MAX_UTF = 16_000;

    private final BookShape books;

    public Wire(BookShape books) {
        this.books = books;
    }

    public void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Instant instant) {
            out.writeByte(INSTANT);
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        } else if (books.isBook(value)) {
            out.writeByte(BOOK);
            writeBook(out, books.components(value));
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, element);
            }
        } else if (value instanceof Optional<?> optional) {
            out.writeByte(OPTIONAL);
            write(out, optional.orElse(null));
        } else {
            throw new IllegalArgumentException("The lab's API has no values of type " + value.getClass().getName());
        }
    }

    public Object read(DataInputStream in) throws IOException {
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
            case INSTANT:
                return Instant.ofEpochSecond(in.readLong(), in.readInt());
            case BOOK:
                return readBook(in);
            case LIST: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(Math.min(size, 10_000));
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case OPTIONAL:
                return Optional.ofNullable(read(in));
            default:
                throw new IOException("Not a value of the lab's API: tag " + tag);
        }
    }

    private void writeBook(DataOutputStream out, Object[] components) throws IOException {
        writeString(out, (String) components[0]);
        writeString(out, (String) components[1]);
        writeNullable(out, (String) components[2]);
        @SuppressWarnings("unchecked")
        Map<String, String> formats = (Map<String, String>) components[3];
        out.writeInt(formats == null ? -1 : formats.size());
        if (formats != null) {
            for (Map.Entry<String, String> format : formats.entrySet()) {
                writeString(out, format.getKey());
                writeNullable(out, format.getValue());
            }
        }
    }

    private Object readBook(DataInputStream in) throws IOException {
        String author = readString(in);
        String title = readString(in);
        String category = readNullable(in);
        int size = in.readInt();
        Map<String, String> formats = size < 0 ? null : new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            formats.put(readString(in), readNullable(in));
        }
        return books.make(author, title, category, formats);
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
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
