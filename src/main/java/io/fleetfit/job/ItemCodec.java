package io.fleetfit.job;

import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.run.Item;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bytes an {@link Item} travels through the job's shuffle as. Java serialization of a record of
 * fifty fields costs more than reading the row did (field reflection, a handle table per stream,
 * modified UTF-8), and Spark walks every object graph it buffers to estimate its size; a row
 * encoded here is one byte array, written and read field by field in record order. Rows and keys,
 * nearly all of the traffic, use the compact form; file items and rejected rows, a handful per
 * file, use Java serialization. Every component of {@link VmRecord} is encoded by its type, found
 * by reflection once, so a new component is carried without a change here (an unknown component
 * type fails at class initialisation, and the tests).
 */
final class ItemCodec {

    private static final byte JAVA = 0;
    private static final byte ROW = 1;
    private static final byte KEY = 2;

    private static final RecordComponent[] COMPONENTS = VmRecord.class.getRecordComponents();
    private static final MethodHandle[] ACCESSORS = new MethodHandle[COMPONENTS.length];
    private static final Kind[] KINDS = new Kind[COMPONENTS.length];
    private static final MethodHandle CONSTRUCTOR;

    /** How a component is written. */
    private enum Kind { SOURCE, STRING, INTEGER, LONG, BOOLEAN, POWER_STATE, STRING_SET, STRING_MAP, STRING_LIST }

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?>[] types = new Class<?>[COMPONENTS.length];
            for (int i = 0; i < COMPONENTS.length; i++) {
                RecordComponent c = COMPONENTS[i];
                types[i] = c.getType();
                // exact (VmRecord)Object handles: invokeExact without an adaptation per call
                ACCESSORS[i] = lookup.unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class, VmRecord.class));
                KINDS[i] = kind(c);
            }
            CONSTRUCTOR = lookup.findConstructor(VmRecord.class, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(VmRecord.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ItemCodec() {
    }

    private static Kind kind(RecordComponent c) {
        Class<?> t = c.getType();
        String generic = c.getGenericType().getTypeName();
        if (t == SourceRef.class) {
            return Kind.SOURCE;
        } else if (t == String.class) {
            return Kind.STRING;
        } else if (t == Integer.class) {
            return Kind.INTEGER;
        } else if (t == Long.class) {
            return Kind.LONG;
        } else if (t == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (t == io.fleetfit.assessment.PowerState.class) {
            return Kind.POWER_STATE;
        } else if (generic.equals("java.util.Set<java.lang.String>")) {
            return Kind.STRING_SET;
        } else if (generic.equals("java.util.Map<java.lang.String, java.lang.String>")) {
            return Kind.STRING_MAP;
        } else if (generic.equals("java.util.List<java.lang.String>")) {
            return Kind.STRING_LIST;
        }
        throw new IllegalStateException("ItemCodec cannot encode VmRecord." + c.getName() + " of type " + generic);
    }

    static byte[] encode(Item item) {
        try {
            Out out = new Out();
            if (item instanceof Item.Read r && r.row() instanceof ReadRow.Vm vm) {
                out.writeByte(ROW);
                writeRecord(out, vm.vm());
            } else if (item instanceof Item.Key k) {
                out.writeByte(KEY);
                writeString(out, k.identity());
                writeString(out, k.inputOrder());
                writeSource(out, k.source());
                writeString(out, k.vmName());
                writeString(out, k.which());
            } else {
                out.writeByte(JAVA);
                ByteArrayOutputStream java = new ByteArrayOutputStream();
                try (ObjectOutputStream o = new ObjectOutputStream(java)) {
                    o.writeObject(item);
                }
                out.write(java.toByteArray());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot encode " + item.getClass().getSimpleName(), e);
        }
    }

    static Item decode(byte[] bytes) {
        try {
            In in = new In(bytes);
            byte tag = in.readByte();
            return switch (tag) {
                case ROW -> new Item.Read(new ReadRow.Vm(readRecord(in)));
                case KEY -> new Item.Key(readString(in), readString(in), readSource(in), readString(in), readString(in));
                case JAVA -> {
                    try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
                        yield (Item) o.readObject();
                    }
                }
                default -> throw new IllegalStateException("unknown item tag " + tag);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot decode an item", e);
        }
    }

    private static void writeRecord(Out out, VmRecord vm) throws Throwable {
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object v = (Object) ACCESSORS[i].invokeExact(vm);
            switch (KINDS[i]) {
                case SOURCE -> writeSource(out, (SourceRef) v);
                case STRING -> writeString(out, (String) v);
                case INTEGER -> {
                    out.writeBoolean(v != null);
                    if (v != null) {
                        out.writeInt((Integer) v);
                    }
                }
                case LONG -> {
                    out.writeBoolean(v != null);
                    if (v != null) {
                        out.writeLong((Long) v);
                    }
                }
                case BOOLEAN -> out.writeByte(v == null ? 2 : (Boolean) v ? 1 : 0);
                case POWER_STATE -> out.writeByte(v == null ? -1 : ((Enum<?>) v).ordinal());
                case STRING_SET, STRING_LIST -> {
                    java.util.Collection<?> c = (java.util.Collection<?>) v;
                    out.writeInt(c == null ? -1 : c.size());
                    if (c != null) {
                        for (Object s : c) {
                            writeString(out, (String) s);
                        }
                    }
                }
                case STRING_MAP -> {
                    Map<?, ?> m = (Map<?, ?>) v;
                    out.writeInt(m == null ? -1 : m.size());
                    if (m != null) {
                        for (Map.Entry<?, ?> e : m.entrySet()) {
                            writeString(out, (String) e.getKey());
                            writeString(out, (String) e.getValue());
                        }
                    }
                }
                default -> throw new IllegalStateException(KINDS[i].name());
            }
        }
    }

    private static VmRecord readRecord(In in) throws Throwable {
        Object[] values = new Object[COMPONENTS.length];
        io.fleetfit.assessment.PowerState[] states = io.fleetfit.assessment.PowerState.values();
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i] = switch (KINDS[i]) {
                case SOURCE -> readSource(in);
                case STRING -> readString(in);
                case INTEGER -> in.readBoolean() ? in.readInt() : null;
                case LONG -> in.readBoolean() ? in.readLong() : null;
                case BOOLEAN -> {
                    byte b = in.readByte();
                    yield b == 2 ? null : b == 1;
                }
                case POWER_STATE -> {
                    byte b = in.readByte();
                    yield b < 0 ? null : states[b];
                }
                case STRING_SET -> {
                    int n = in.readInt();
                    Set<String> s = n < 0 ? null : new LinkedHashSet<>();
                    for (int j = 0; j < n; j++) {
                        s.add(readString(in));
                    }
                    yield s;
                }
                case STRING_LIST -> {
                    int n = in.readInt();
                    List<String> l = n < 0 ? null : new ArrayList<>(n);
                    for (int j = 0; j < n; j++) {
                        l.add(readString(in));
                    }
                    yield l;
                }
                case STRING_MAP -> {
                    int n = in.readInt();
                    Map<String, String> m = n < 0 ? null : new LinkedHashMap<>();
                    for (int j = 0; j < n; j++) {
                        m.put(readString(in), readString(in));
                    }
                    yield m;
                }
            };
        }
        return (VmRecord) CONSTRUCTOR.invokeExact(values);
    }

    private static void writeSource(Out out, SourceRef s) {
        writeString(out, s.file());
        writeString(out, s.sheet());
        out.writeLong(s.row());
    }

    private static SourceRef readSource(In in) {
        return new SourceRef(readString(in), readString(in), in.readLong());
    }

    /** Null as -1; text of chars below 128 as its length and one byte a char; any other text exactly, as UTF-16. */
    static void writeString(Out out, String s) {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            out.writeInt(n);
            out.writeAscii(s);
        } else {
            out.writeInt(-2 - n);
            out.writeChars(s);
        }
    }

    static String readString(In in) {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n >= 0) {
            return in.readAscii(n);
        }
        char[] c = new char[-2 - n];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }

    /** A growing byte array written big-endian, without the locks of the java.io streams. */
    static final class Out {
        private byte[] buf = new byte[512];
        private int pos;

        private void room(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void writeByte(int b) {
            room(1);
            buf[pos++] = (byte) b;
        }

        void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        void writeInt(int v) {
            room(4);
            buf[pos++] = (byte) (v >>> 24);
            buf[pos++] = (byte) (v >>> 16);
            buf[pos++] = (byte) (v >>> 8);
            buf[pos++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void write(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        }

        void writeAscii(String s) {
            int n = s.length();
            room(n);
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        }

        void writeChars(String s) {
            int n = s.length();
            room(2 * n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                buf[pos++] = (byte) (c >>> 8);
                buf[pos++] = (byte) c;
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, pos);
        }
    }

    /** Reads what {@link Out} wrote. */
    static final class In {
        private final java.nio.ByteBuffer buf;

        In(byte[] bytes) {
            this.buf = java.nio.ByteBuffer.wrap(bytes);
        }

        byte readByte() {
            return buf.get();
        }

        boolean readBoolean() {
            return buf.get() != 0;
        }

        int readInt() {
            return buf.getInt();
        }

        long readLong() {
            return buf.getLong();
        }

        String readAscii(int n) {
            String s = new String(buf.array(), buf.position(), n, StandardCharsets.ISO_8859_1);
            buf.position(buf.position() + n);
            return s;
        }

        char readChar() {
            return buf.getChar();
        }
    }

    /** For tests: the components this codec carries, in order. */
    static List<String> components() {
        return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
    }
}
