package io.fleetfit.report;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.BenchmarkFleet;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.summary.InputFile;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Seconds to write the Excel report of N workloads, and the heap it needs: {@code jobs/bench-report}
 * runs it (results: BENCHMARKS.md). The outcomes are those of a seeded, realistic fleet of 10,000
 * distinct records ({@link BenchmarkFleet}) assessed once with the standard rules, handed to
 * {@link ReportWriter} again and again until N workloads were written, so generating them costs
 * nothing measurable and holds no more than those 10,000 outcomes.
 *
 * <pre>ReportWriteBenchmark DIR RUNS N...</pre>
 *
 * Prints, per N and run, the seconds from the writer's creation to the file's close, the file's
 * size and the peak heap (the sum of the heap pools' peaks since the run began: an upper bound),
 * then the median seconds of the runs.
 */
public final class ReportWriteBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final long SEED = 20250602L;
    static final int DISTINCT = 10_000;
    private static final long MIB = 1024 * 1024;

    private ReportWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ReportWriteBenchmark DIR RUNS N...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        AssessmentSettings settings = AssessmentSettings.standard(AS_OF);
        Assessor assessor = Assessor.standard(settings);
        List<Outcome> outcomes = new ArrayList<>(DISTINCT);
        for (VmRecord vm : BenchmarkFleet.of(DISTINCT, SEED)) {
            outcomes.add(assessor.assess(vm));
        }
        RunInfo run = RunInfo.of("Bench Corp", AS_OF,
                List.of(new InputFile("bench.xlsx", "RVTools xlsx", "vInfo", "RVTools 4.7.1.4", null)),
                assessor.rules(), settings.lifecycle(), "bench");
        for (int a = 2; a < args.length; a++) {
            long n = Long.parseLong(args[a]);
            Path file = dir.resolve("fleetfit-report-bench-" + n + ".xlsx");
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                     ReportWriter report = new ReportWriter(run, out)) {
                    for (long i = 0; i < n; i++) {
                        report.add(outcomes.get((int) (i % DISTINCT)));
                    }
                    report.finish();
                }
                seconds[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%,d workloads, run %d: %.1f s, %,d bytes, peak heap %d MiB%n",
                        n, r + 1, seconds[r], Files.size(file), peakHeap() / MIB);
            }
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT, "%,d workloads: median %.1f s over %d runs%n", n, seconds[runs / 2], runs);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
