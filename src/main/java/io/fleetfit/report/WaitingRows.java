package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.summary.Tally;
import io.fleetfit.summary.WavePlan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToIntFunction;

/**
 * The Workloads sheet's rows, held back until the wave plan is known: a workload's sub-wave
 * depends on every workload of the client, and the sheet is sorted by wave, then group, then name.
 * Each row's cells are rendered as it arrives and kept as compact bytes; while they take at most
 * {@code budget} bytes they stay in memory, beyond that they spill to a private temporary file
 * ({@link PrivateTempFiles}). {@link #drain} then gives them in plan order: sorted in memory, or
 * by an external merge sort (runs of at most {@code budget} bytes, sorted and written, then
 * merged), so a fleet of any size takes the same memory. Rows of one group keep the order they
 * were added in, the report order (by name). Not thread-safe.
 */
final class WaitingRows implements AutoCloseable {

    /** The bytes of rows kept in memory, and of each sorted run, by default. */
    static final long BUDGET = 32L << 20;

    /** What an entry costs in memory beyond its cells: the object, its array header and references. */
    private static final int OVERHEAD = 80;
    private static final int BUFFER = 1 << 16;

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte ENUM = 3;
    private static final byte DATE = 4;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final byte LINK = 5;

    /** A row on its way: its group (a key id, or its slot in the plan once known), order, size and cells. */
    private record Entry(int group, long seq, long vcpus, long memoryMib, long inUseMib, byte[] cells) {

        static final Comparator<Entry> PLAN_ORDER = Comparator.comparingInt(Entry::group).thenComparingLong(Entry::seq);

        Tally size() {
            return new Tally(1, vcpus, memoryMib, inUseMib);
        }

        void write(DataOutputStream out, int group) throws IOException {
            out.writeInt(group);
            out.writeLong(seq);
            out.writeLong(vcpus);
            out.writeLong(memoryMib);
            out.writeLong(inUseMib);
            out.writeInt(cells.length);
            out.write(cells);
        }

        /** The next entry, {@code null} at the end of the file. */
        static Entry read(DataInputStream in) throws IOException {
            int group;
            try {
                group = in.readInt();
            } catch (EOFException end) {
                return null;
            }
            long seq = in.readLong();
            long vcpus = in.readLong();
            long memory = in.readLong();
            long storage = in.readLong();
            byte[] cells = new byte[in.readInt()];
            in.readFully(cells);
            return new Entry(group, seq, vcpus, memory, storage, cells);
        }
    }

    /** Receives the rows in plan order. */
    interface Sink {
        /**
         * @param slot the row's group's position in the plan ({@link WavePlan.Layout#slot})
         * @param size the workload's size
         * @param values the row's cells, one per column; the columns left out when rendering are {@code null}
         */
        void accept(int slot, Tally size, Object[] values);
    }

    private final List<? extends Column<Assessment>> columns;
    private final boolean[] skipped;
    /** The column whose cell links to the workload's findings, -1 for none. */
    private final int linked;
    private final long budget;
    private final Map<WavePlan.Key, Integer> keyIds = new HashMap<>();
    private final List<WavePlan.Key> keys = new ArrayList<>();
    /** Enum types met in cells, by id: a cell keeps its enum (a tint picks its colour by it). */
    private final List<Object[]> enumTypes = new ArrayList<>();
    private final Map<Class<?>, Integer> enumIds = new HashMap<>();
    /** The row being rendered. */
    private byte[] buffer = new byte[1024];
    private int length;
    private final List<Path> files = new ArrayList<>();
    private List<Entry> held = new ArrayList<>();
    private long heldBytes;
    private long seq;
    private DataOutputStream spill;
    private int runs;
    /** Whether each group's rows came together, so that rows already in plan order need no sort. */
    private boolean contiguous = true;
    private int lastGroup = -1;

    /**
     * @param columns the sheet's columns
     * @param skipped the columns not rendered now (filled in when drained), by index
     * @param budget the bytes of rows kept in memory, and of each sorted run
     */
    WaitingRows(List<? extends Column<Assessment>> columns, List<Integer> skipped, long budget) {
        this(columns, skipped, budget, -1);
    }

    /** @param linked the column whose cell links to the place {@link #add(Assessment, Link.Place)} gives, -1 for none */
    WaitingRows(List<? extends Column<Assessment>> columns, List<Integer> skipped, long budget, int linked) {
        this.linked = linked;
        this.columns = List.copyOf(columns);
        this.skipped = new boolean[columns.size()];
        skipped.forEach(i -> this.skipped[i] = true);
        this.budget = budget;
    }

    /** Renders the workload's row and holds it until {@link #drain}. */
    void add(Assessment a) {
        add(a, null);
    }

    /**
     * The same, the linked column's cell linking to {@code target} (the workload's first Findings
     * row), when there is one.
     */
    void add(Assessment a, Link.Place target) {
        int group = keyIds.computeIfAbsent(WavePlan.Key.of(a), k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        contiguous &= group == lastGroup || group == keys.size() - 1;   // the same group, or a new one
        lastGroup = group;
        Tally size = Tally.of(a.vm());
        Entry e = new Entry(group, seq++, size.vcpus(), size.memoryMib(), size.inUseMib(), render(a, target));
        try {
            if (spill != null) {
                e.write(spill, e.group());
                return;
            }
            held.add(e);
            heldBytes += e.cells().length + OVERHEAD;
            if (heldBytes > budget) {
                spill = output(newFile("rows"));
                for (Entry h : held) {
                    h.write(spill, h.group());
                }
                held = new ArrayList<>();
                heldBytes = 0;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("could not hold the Workloads rows in a temporary file", ex);
        }
    }

    /** Whether rows went to a temporary file. */
    boolean spilled() {
        return spill != null || !files.isEmpty();
    }

    /** The sorted runs written by the last {@link #drain} (0: sorted in memory). */
    int runs() {
        return runs;
    }

    /**
     * Gives every row in plan order: by its group's slot, then in the order added; then deletes
     * the temporary files.
     */
    void drain(ToIntFunction<WavePlan.Key> slot, Sink sink) {
        int[] slots = keys.stream().mapToInt(slot).toArray();
        try {
            if (spill == null) {
                List<Entry> sorted = new ArrayList<>(held.size());
                held.forEach(e -> sorted.add(new Entry(slots[e.group()], e.seq(), e.vcpus(), e.memoryMib(), e.inUseMib(), e.cells())));
                held = new ArrayList<>();
                sorted.sort(Entry.PLAN_ORDER);
                for (Entry e : sorted) {
                    sink.accept(e.group(), e.size(), values(e.cells()));
                }
                return;
            }
            spill.close();
            spill = null;
            boolean inPlanOrder = contiguous;
            for (int i = 1; i < slots.length && inPlanOrder; i++) {
                inPlanOrder = slots[i - 1] < slots[i];
            }
            // groups came one after another in plan order (one group, say): the file is in plan order already
            merge(inPlanOrder ? List.of(files.get(0)) : sortedRuns(files.get(0), slots), slots, inPlanOrder, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("could not sort the Workloads rows in temporary files", e);
        } finally {
            close();
        }
    }

    /** Reads the spilled rows a budget at a time, each part sorted and written as a run. */
    private List<Path> sortedRuns(Path rows, int[] slots) throws IOException {
        List<Path> sortedRuns = new ArrayList<>();
        try (DataInputStream in = input(rows)) {
            Entry next = Entry.read(in);
            while (next != null) {
                List<Entry> part = new ArrayList<>();
                long partBytes = 0;
                while (next != null && (part.isEmpty() || partBytes + next.cells().length + OVERHEAD <= budget)) {
                    part.add(new Entry(slots[next.group()], next.seq(), next.vcpus(), next.memoryMib(), next.inUseMib(), next.cells()));
                    partBytes += next.cells().length + OVERHEAD;
                    next = Entry.read(in);
                }
                part.sort(Entry.PLAN_ORDER);
                Path run = newFile("run");
                try (DataOutputStream out = output(run)) {
                    for (Entry e : part) {
                        e.write(out, e.group());
                    }
                }
                sortedRuns.add(run);
            }
        }
        Files.deleteIfExists(rows);
        runs = sortedRuns.size();
        return sortedRuns;
    }

    /** Merges the sorted runs: the least head of all runs next, each run read once, a buffer at a time. */
    private void merge(List<Path> sortedRuns, int[] slots, boolean byKey, Sink sink) throws IOException {
        record Head(Entry entry, DataInputStream in) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, sortedRuns.size()),
                Comparator.comparing(Head::entry, Entry.PLAN_ORDER));
        List<DataInputStream> open = new ArrayList<>();
        try {
            for (Path run : sortedRuns) {
                DataInputStream in = input(run);
                open.add(in);
                Entry first = Entry.read(in);
                if (first != null) {
                    heads.add(new Head(first, in));
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                int group = h.entry().group();
                sink.accept(byKey ? slots[group] : group, h.entry().size(), values(h.entry().cells()));
                Entry next = Entry.read(h.in());
                if (next != null) {
                    heads.add(new Head(next, h.in()));
                }
            }
        } finally {
            for (DataInputStream in : open) {
                in.close();
            }
        }
    }

    /** Deletes the temporary files (after a drain, or when the report is abandoned). */
    @Override
    public void close() {
        IOException failed = null;
        try {
            if (spill != null) {
                spill.close();
                spill = null;
            }
        } catch (IOException e) {
            failed = e;
        }
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        files.clear();
        held = new ArrayList<>();
        if (failed != null) {
            throw new UncheckedIOException("could not delete the Workloads rows' temporary files", failed);
        }
    }

    /**
     * The row's cells as bytes: per cell a tag, then a text's UTF-8 length and bytes, a number's
     * bits, an enum's type and ordinal, a date's day, or a link's value and target. Written and
     * read in place, without data streams, whose synchronised byte-at-a-time reads cost more than
     * the rest of the sort.
     */
    private byte[] render(Assessment a, Link.Place target) {
        length = 0;
        for (int i = 0; i < columns.size(); i++) {
            Object v = skipped[i] ? null : columns.get(i).value(a);
            writeValue(i == linked && target != null && v != null ? Link.to(v, target) : v);
        }
        return Arrays.copyOf(buffer, length);
    }

    private void writeValue(Object v) {
        if (v == null) {
            room(1);
            buffer[length++] = NULL;
        } else if (v instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            room(5 + utf8.length);
            buffer[length++] = TEXT;
            INT.set(buffer, length, utf8.length);
            System.arraycopy(utf8, 0, buffer, length + 4, utf8.length);
            length += 4 + utf8.length;
        } else if (v instanceof Number n) {
            room(9);
            buffer[length++] = NUMBER;
            LONG.set(buffer, length, Double.doubleToRawLongBits(n.doubleValue()));
            length += 8;
        } else if (v instanceof Enum<?> e) {
            int type = enumIds.computeIfAbsent(e.getDeclaringClass(), c -> {
                enumTypes.add(c.getEnumConstants());
                return enumTypes.size() - 1;
            });
            room(5);
            buffer[length++] = ENUM;
            SHORT.set(buffer, length, (short) type);
            SHORT.set(buffer, length + 2, (short) e.ordinal());
            length += 4;
        } else if (v instanceof LocalDate d) {
            room(9);
            buffer[length++] = DATE;
            LONG.set(buffer, length, d.toEpochDay());
            length += 8;
        } else if (v instanceof Link l && l.place() != null) {
            room(1);
            buffer[length++] = LINK;
            writeValue(l.value());
            writeValue(l.place().sheet());
            room(8);
            INT.set(buffer, length, l.place().row());
            INT.set(buffer, length + 4, l.place().column());
            length += 8;
        } else {
            writeValue(Labels.of(v));
        }
    }

    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + bytes, 2 * buffer.length));
        }
    }

    private Object[] values(byte[] cells) throws IOException {
        Object[] values = new Object[columns.size()];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = readValue(cells, at);
            at = readEnd;
        }
        return values;
    }

    /** Where the last {@link #readValue} ended. */
    private int readEnd;

    private Object readValue(byte[] cells, int at) throws IOException {
        byte tag = cells[at++];
        Object value;
        switch (tag) {
            case NULL -> value = null;
            case TEXT -> {
                int n = (int) INT.get(cells, at);
                value = new String(cells, at + 4, n, StandardCharsets.UTF_8);
                at += 4 + n;
            }
            case NUMBER -> {
                value = Double.longBitsToDouble((long) LONG.get(cells, at));
                at += 8;
            }
            case ENUM -> {
                value = enumTypes.get((short) SHORT.get(cells, at))[(short) SHORT.get(cells, at + 2)];
                at += 4;
            }
            case DATE -> {
                value = LocalDate.ofEpochDay((long) LONG.get(cells, at));
                at += 8;
            }
            case LINK -> {
                Object linked = readValue(cells, at);
                String sheet = (String) readValue(cells, readEnd);
                at = readEnd;
                value = Link.to(linked, new Link.Place(sheet, (int) INT.get(cells, at), (int) INT.get(cells, at + 4)));
                at += 8;
            }
            default -> throw new IOException("unknown cell tag " + tag);
        }
        readEnd = at;
        return value;
    }

    private Path newFile(String kind) throws IOException {
        Path f = Files.createTempFile(PrivateTempFiles.folder(), "workloads-" + kind + "-", ".bin");
        files.add(f);
        return f;
    }

    private static DataOutputStream output(Path f) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), BUFFER));
    }

    private static DataInputStream input(Path f) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(f), BUFFER));
    }
}
