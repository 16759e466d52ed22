package io.fleetfit.generate;

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
 * peak heap of each run. Peak heap is the larger of the heap in use just before any garbage
 * collection and the heap in use sampled every 5 ms; "live" is the most heap left in use after a
 * collection, an upper bound of what the reader holds on to. CPU time is the whole process's
 * (reader thread, garbage collector, JIT), which a busy machine disturbs less than wall time.
 *
 * <p>Run: {@code java -Xmx512m -cp target/fleetfit.jar io.fleetfit.generate.ReadBenchmark FILE.xlsx [RUNS] [callback|iterator]}
 */
public final class ReadBenchmark {

    private static final long MIB = 1024 * 1024;

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReadBenchmark FILE.xlsx [RUNS] [callback|iterator]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean iterator = args.length > 2 && args[2].equals("iterator");
        HeapWatch heap = new HeapWatch();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: %,d bytes; max heap %d MiB; %s mode%n", file, Files.size(file),
                Runtime.getRuntime().maxMemory() / MIB, iterator ? "iterator" : "callback");

        double[] rates = new double[runs];
        long peak = 0;
        long live = 0;
        for (int run = 0; run < runs; run++) {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long[] counts = iterator ? viaIterator(file) : viaCallback(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            heap.stop();
            rates[run] = counts[0] / seconds;
            peak = Math.max(peak, heap.peak());
            live = Math.max(live, heap.live());
            System.out.printf(Locale.ROOT, "run %d: %,d rows (%,d VMs) in %.2f s (%.1f s CPU) = %,.0f rows/s;"
                    + " peak heap %d MiB, live after GC %d MiB%n",
                    run + 1, counts[0], counts[1], seconds, cpu, rates[run], heap.peak() / MIB, heap.live() / MIB);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median %,.0f rows/s over %d runs; peak heap %d MiB; live after GC %d MiB%n",
                sorted[runs / 2], runs, peak / MIB, live / MIB);
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
