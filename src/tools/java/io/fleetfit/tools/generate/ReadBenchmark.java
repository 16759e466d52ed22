package io.fleetfit.tools.generate;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadRowIterator;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.XlsxInventoryReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Reads one workbook several times with the streaming reader and prints rows per second and the
 * peak heap of each run, then the cold read (the first in this JVM: classes loaded, code not yet
 * compiled, as a run's first file) apart from the warm ones (the median of the later reads). Peak heap is the larger of the heap in use just before any garbage
 * collection and the heap in use sampled every 5 ms; "live" is the most heap left in use after a
 * collection, an upper bound of what the reader holds on to. CPU time is the whole process's
 * (reader thread, garbage collector, JIT), which a busy machine disturbs less than wall time.
 *
 * <p>Run: {@code java -Xmx512m -cp target/fleetfit.jar:target/fleetfit-tools.jar io.fleetfit.tools.generate.ReadBenchmark FILE.xlsx [RUNS] [callback|iterator|stax]}
 */
public final class ReadBenchmark {

    private static final long MIB = 1024 * 1024;
    private static final String[] CELL_ATTRIBUTES = {"r", "t", "s"};

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReadBenchmark FILE.xlsx [RUNS] [callback|iterator|stax]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String mode = args.length > 2 ? args[2] : "callback";
        boolean iterator = mode.equals("iterator");
        HeapWatch heap = new HeapWatch();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: %,d bytes; max heap %d MiB; %s mode%n", file, Files.size(file),
                Runtime.getRuntime().maxMemory() / MIB, mode);
        System.out.println(parts(file));

        double[] rates = new double[runs];
        double[] times = new double[runs];
        long peak = 0;
        long live = 0;
        for (int run = 0; run < runs; run++) {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long[] counts = mode.equals("stax") ? staxScan(file) : iterator ? viaIterator(file) : viaCallback(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            heap.stop();
            rates[run] = counts[0] / seconds;
            times[run] = seconds;
            peak = Math.max(peak, heap.peak());
            live = Math.max(live, heap.live());
            System.out.printf(Locale.ROOT, "run %d: %,d rows (%,d " + (mode.equals("stax") ? "cells" : "VMs") + ") in %.3f s (%.1f s CPU) = %,.0f rows/s;"
                    + " peak heap %d MiB, live after GC %d MiB%n",
                    run + 1, counts[0], counts[1], seconds, cpu, rates[run], heap.peak() / MIB, heap.live() / MIB);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median %,.0f rows/s over %d runs; peak heap %d MiB; live after GC %d MiB%n",
                sorted[runs / 2], runs, peak / MIB, live / MIB);
        if (runs > 1) {
            double[] warm = Arrays.copyOfRange(times, 1, runs);
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "cold %.3f s (run 1); warm %.3f s (median of runs 2-%d)%n", times[0],
                    warm[(warm.length - 1) / 2], runs);
        } else {
            System.out.printf(Locale.ROOT, "cold %.3f s (run 1)%n", times[0]);
        }
    }

    /**
     * The sheets fleetfit's reader parses in an RVTools workbook (vInfo, the tabs RvtoolsTabs joins,
     * vMetaData for the version); the others (vCPU, vTools, vHealth, ...) it never opens.
     */
    static final Set<String> READ_SHEETS = Set.of("vinfo", "vdisk", "vpartition", "vnetwork", "vusb", "vhost", "vmetadata");

    /**
     * The floor to compare the reader with: a bare StAX pass over the same XML the reader parses
     * (the shared strings and the worksheets of {@link #READ_SHEETS}, or every worksheet of a
     * workbook that has none of them), reading every cell's reference, type and style and every
     * text node, but building nothing. Returns the worksheets' rows and cells.
     */
    static long[] staxScan(Path file) throws java.io.IOException, javax.xml.stream.XMLStreamException {
        long[] counts = new long[2];
        long chars = 0;
        // the same factory the reader uses (POI's hardened one; Woodstox where it is on the classpath)
        javax.xml.stream.XMLInputFactory factory = org.apache.poi.util.XMLHelper.newXMLInputFactory();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            Set<String> readParts = readParts(zip, factory);
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                boolean sheet = name.startsWith("xl/worksheets/sheet") && (readParts.isEmpty() || readParts.contains(name));
                if (!sheet && !name.equals("xl/sharedStrings.xml")) {
                    continue;
                }
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT && sheet) {
                            String local = xml.getLocalName();
                            if (local.equals("row")) {
                                counts[0]++;
                            } else if (local.equals("c")) {
                                counts[1]++;
                                for (String attribute : CELL_ATTRIBUTES) {
                                    String v = xml.getAttributeValue(null, attribute);
                                    chars += v == null ? 0 : v.length();
                                }
                            }
                        } else if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
                            chars += xml.getTextCharacters()[xml.getTextStart()] + xml.getTextLength();
                        }
                    }
                    xml.close();
                }
            }
        }
        if (chars < 0) {
            throw new IllegalStateException("unreachable: keeps the text reads live");
        }
        return counts;
    }

    /** The uncompressed sizes of the shared strings and the worksheets, and of the worksheets the reader parses. */
    static String parts(Path file) throws java.io.IOException, javax.xml.stream.XMLStreamException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            Set<String> read = readParts(zip, org.apache.poi.util.XMLHelper.newXMLInputFactory());
            long strings = 0;
            long sheets = 0;
            long parsed = 0;
            int count = 0;
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    strings = entry.getSize();
                } else if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    count++;
                    sheets += entry.getSize();
                    parsed += read.isEmpty() || read.contains(entry.getName()) ? entry.getSize() : 0;
                }
            }
            return String.format(Locale.ROOT, "parts: shared strings %.1f MB; %d worksheets %.1f MB, of which the reader parses %.1f MB",
                    strings / 1e6, count, sheets / 1e6, parsed / 1e6);
        }
    }

    /** The part names of the workbook's {@link #READ_SHEETS}, from workbook.xml and its relationships. */
    private static Set<String> readParts(java.util.zip.ZipFile zip, javax.xml.stream.XMLInputFactory factory)
            throws java.io.IOException, javax.xml.stream.XMLStreamException {
        Map<String, String> ids = new java.util.HashMap<>();        // relationship id -> sheet name
        Set<String> parts = new HashSet<>();
        try (java.io.InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
            javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String sheet = xml.getAttributeValue(null, "name");
                    if (READ_SHEETS.contains(sheet.toLowerCase(Locale.ROOT))) {
                        ids.put(xml.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"), sheet);
                    }
                }
            }
        }
        try (java.io.InputStream in = zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels"))) {
            javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && ids.containsKey(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    parts.add(target.startsWith("/") ? target.substring(1) : "xl/" + target);
                }
            }
        }
        return parts;
    }

    /** Rows and VMs read through the push-style reader. */
    private static long[] viaCallback(Path file) {
        long[] counts = new long[2];
        ReadSummary summary = XlsxInventoryReader.read(file.getFileName().toString(), file, ReadOptions.DEFAULT, row -> {
            counts[0]++;
            if (row instanceof ReadRow.Vm) {
                counts[1]++;
            }
        });
        if (summary.rows() != counts[0]) {
            throw new IllegalStateException("summary says " + summary.rows() + " rows, read " + counts[0]);
        }
        return counts;
    }

    /** Rows and VMs read through the iterator the Spark job pulls from. */
    private static long[] viaIterator(Path file) {
        long[] counts = new long[2];
        try (ReadRowIterator rows = XlsxInventoryReader.iterate(file.getFileName().toString(), file, ReadOptions.DEFAULT)) {
            while (rows.hasNext()) {
                ReadRow row = rows.next();
                counts[0]++;
                if (row instanceof ReadRow.Vm) {
                    counts[1]++;
                }
            }
            if (rows.summary().rows() != counts[0]) {
                throw new IllegalStateException("summary says " + rows.summary().rows() + " rows, read " + counts[0]);
            }
        }
        return counts;
    }

    /** Watches heap use: a 5 ms sampler plus every collection's before and after figures. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private final Set<String> heapPools = new HashSet<>();
        private volatile boolean sampling;
        private Thread sampler;

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!sampling || !notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    live.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                }, null, null);
            }
        }

        private long heapUsed(Map<String, MemoryUsage> pools) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            return used;
        }

        void reset() {
            peak.set(0);
            live.set(0);
            sampling = true;
            sampler = new Thread(() -> {
                while (sampling) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            sampling = false;
            sampler.join();
        }

        long peak() {
            return peak.get();
        }

        long live() {
            return live.get();
        }
    }
}
