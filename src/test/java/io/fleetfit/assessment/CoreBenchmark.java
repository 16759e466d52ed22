package io.fleetfit.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Workloads assessed per second on one thread: {@link Assessor#assess} over a seeded fleet of
 * 10,000 distinct records ({@link BenchmarkFleet}), with the standard catalog at a fixed as-of
 * date. One operation is one workload. {@link #assessFreshStrings} does the same on records whose
 * strings are new instances each pass, made before it (so out of the caches when judged), and
 * {@link #assessStreamed} on records made a moment before, a hundred at a time, as the job judges
 * a row right after its reader (or the shuffle) made it: the figure to quote. Run it with {@code
 * jobs/bench-core} (results: BENCHMARKS.md); {@link #main} runs 5 forks and prints each fork's
 * mean and their median.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoreBenchmark {

    static final int WORKLOADS = 10_000;
    static final long SEED = 20261126L;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    /**
     * How many distinct records the fleet holds (10,000 unless {@code -p distinct=N}): one pass
     * still assesses {@link #WORKLOADS} of them, repeating a smaller fleet. A fleet of a few hundred
     * records stays in the core's own caches, so it shows what the rules cost without waiting on
     * memory; 10,000 records (some 30 MB) do not, like a real run's.
     */
    @Param({"10000"})
    public int distinct;

    private List<VmRecord> fleet;
    private Assessor assessor;

    @Setup(Level.Trial)
    public void setUp() {
        fleet = repeated(BenchmarkFleet.of(distinct, SEED));
        assessor = Assessor.standard(AssessmentSettings.standard(AS_OF));
    }

    /** {@code records} repeated up to {@link #WORKLOADS}. */
    static List<VmRecord> repeated(List<VmRecord> records) {
        List<VmRecord> out = new ArrayList<>(WORKLOADS);
        for (int i = 0; i < WORKLOADS; i++) {
            out.add(records.get(i % records.size()));
        }
        return out;
    }

    /** Assesses every workload of the fleet once. */
    @Benchmark
    @OperationsPerInvocation(WORKLOADS)
    public void assess(Blackhole bh) {
        for (VmRecord vm : fleet) {
            bh.consume(assessor.assess(vm));
        }
    }

    /**
     * The fleet with new string instances before every pass (not timed), as a Spark task meets
     * records fresh from the reader: string hash codes are computed anew, as on a real run, where
     * each record is assessed once.
     */
    @State(Scope.Thread)
    public static class FreshFleet {
        List<VmRecord> fleet;
        private List<VmRecord> original;

        @Setup(Level.Trial)
        public void build(CoreBenchmark benchmark) {
            original = repeated(BenchmarkFleet.of(benchmark.distinct, SEED));
        }

        @Setup(Level.Invocation)
        public void refresh() {
            fleet = BenchmarkFleet.withFreshStrings(original);
        }
    }

    /** {@link #assess}, on records whose strings are new instances each pass. */
    @Benchmark
    @OperationsPerInvocation(WORKLOADS)
    public void assessFreshStrings(FreshFleet fresh, Blackhole bh) {
        for (VmRecord vm : fresh.fleet) {
            bh.consume(assessor.assess(vm));
        }
    }

    /** How many records a {@link StreamedFleet} batch holds. */
    static final int BATCH = 100;

    /**
     * The fleet handed over {@link #BATCH} records at a time, each batch's strings made anew just
     * before it is assessed (untimed), as a reader hands a Spark task its rows: the strings are new
     * (their hash codes not worked out) and were written a moment ago, so they are in the caches.
     */
    @State(Scope.Thread)
    public static class StreamedFleet {
        List<VmRecord> batch;
        private List<VmRecord> original;
        private int next;

        @Setup(Level.Trial)
        public void build(CoreBenchmark benchmark) {
            original = repeated(BenchmarkFleet.of(benchmark.distinct, SEED));
        }

        @Setup(Level.Invocation)
        public void refresh() {
            batch = BenchmarkFleet.withFreshStrings(original.subList(next, next + BATCH));
            next = (next + BATCH) % original.size();
        }
    }

    /** {@link #assess}, on batches of records made just before, as a reader hands them over. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void assessStreamed(StreamedFleet streamed, Blackhole bh) {
        for (VmRecord vm : streamed.batch) {
            bh.consume(assessor.assess(vm));
        }
    }

    /**
     * Runs the benchmark single-threaded: by default 5 forks with {@code -Xms1g -Xmx1g}, each 5
     * warm-up and 10 measured iterations of 1 s, then prints each fork's mean and the median of the
     * forks. JMH's own options ({@code -f}, {@code -i}, {@code -prof gc}, {@code -jvmArgs}, ...)
     * replace those defaults or add to them.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        ChainedOptionsBuilder b = new OptionsBuilder().parent(given)
                .threads(1);   // one thread: the figure is per core
        if (given.getIncludes().isEmpty()) {
            b.include(CoreBenchmark.class.getName() + ".assess");   // every benchmark: assess, assessFreshStrings, assessStreamed
        }
        // the defaults below apply where the command line says nothing (this builder's values would win)
        if (!given.getForkCount().hasValue()) {
            b.forks(5);
        }
        if (!given.getWarmupIterations().hasValue()) {
            b.warmupIterations(5);
        }
        if (!given.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.seconds(1));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            b.measurementIterations(10);
        }
        if (!given.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.seconds(1));
        }
        if (!given.getJvmArgs().hasValue()) {
            b.jvmArgs("-Xms1g", "-Xmx1g");
        }
        Options options = b.build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult run : results) {
            BenchmarkParams p = run.getParams();
            List<Double> forks = new ArrayList<>();
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                double sum = 0;
                int n = 0;
                for (IterationResult it : fork.getIterationResults()) {
                    sum += it.getPrimaryResult().getScore();
                    n++;
                }
                forks.add(sum / n);
            }
            List<Double> sorted = new ArrayList<>(forks);
            sorted.sort(Double::compare);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.println();
            System.out.printf(Locale.ROOT, "%s, %d thread(s), %s distinct records: workloads per second per fork:%n",
                    p.getBenchmark(), p.getThreads(), p.getParam("distinct"));
            for (int i = 0; i < forks.size(); i++) {
                System.out.printf(Locale.ROOT, "  fork %d: %,.0f%n", i + 1, forks.get(i));
            }
            System.out.printf(Locale.ROOT, "median of %d forks: %,.0f workloads/s (%.0f ns per workload)%n",
                    forks.size(), median, 1e9 / median);
        }
    }
}
