package io.fleetfit.job;

import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
                ACCESSORS[i] = lookup.unreflect(c.getAccessor());
                KINDS[i] = kind(c);
            }
            CONSTRUCTOR = lookup.findConstructor(VmRecord.class, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length);
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
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            DataOutputStream out = new DataOutputStream(bytes);
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
                try (ObjectOutputStream o = new ObjectOutputStream(out)) {
                    o.writeObject(item);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot encode " + item.getClass().getSimpleName(), e);
        }
    }

    static Item decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte tag = in.readByte();
            return switch (tag) {
                case ROW -> new Item.Read(new ReadRow.Vm(readRecord(in)));
                case KEY -> new Item.Key(readString(in), readString(in), readSource(in), readString(in), readString(in));
                case JAVA -> {
                    try (ObjectInputStream o = new ObjectInputStream(in)) {
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

    private static void writeRecord(DataOutputStream out, VmRecord vm) throws Throwable {
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object v = ACCESSORS[i].invoke(vm);
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

    private static VmRecord readRecord(DataInputStream in) throws Throwable {
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
        return (VmRecord) CONSTRUCTOR.invoke(values);
    }

    private static void writeSource(DataOutputStream out, SourceRef s) throws IOException {
        writeString(out, s.file());
        writeString(out, s.sheet());
        out.writeLong(s.row());
    }

    private static SourceRef readSource(DataInputStream in) throws IOException {
        return new SourceRef(readString(in), readString(in), in.readLong());
    }

    /** Null as -1; text of chars below 128 as its length and one byte a char; any other text exactly, as UTF-16. */
    static void writeString(DataOutputStream out, String s) throws IOException {
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
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeInt(-2 - n);
            out.writeChars(s);
        }
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n >= 0) {
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        char[] c = new char[-2 - n];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }

    /** For tests: the components this codec carries, in order. */
    static List<String> components() {
        return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
    }
}
