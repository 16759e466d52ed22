package io.fleetfit.assessment;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link TextHash#of} against {@link String#hashCode()}'s formula, one character at a time, as
 * Java 17 works it out for a string fresh from a reader (a string's own hash code is remembered
 * after its first call, so calling it here would measure nothing). One operation hashes the strings
 * one workload's memory lookups hash: the three OS columns and the placement and attribute values.
 * Run: {@code java -cp <jobs/bench-core's class path> org.openjdk.jmh.Main TextHashBenchmark}
 * (results: BENCHMARKS.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextHashBenchmark {

    private final String[] workload = {
        "architecture='X86' bitness='64' buildNumber='4300' distroName='Windows' distroVersion='10.0' familyName='Windows'"
                + " kernelVersion='4300' prettyName='Windows Server 2019 Standard, 64-bit (Build 4300)'",
        "Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2019 (64-bit)",
        "/Production/Web", "Cluster-001", "/DC1/Cluster-001/Resources", "Daily 3:00", "2025-05-12 03:12:44", "PRD"};

    @Benchmark
    public int textHash() {
        int h = 0;
        for (String s : workload) {
            h += TextHash.of(s);
        }
        return h;
    }

    @Benchmark
    public int stringHashCodeFormula() {
        int h = 0;
        for (String s : workload) {
            int x = 0;
            for (int i = 0; i < s.length(); i++) {
                x = 31 * x + s.charAt(i);
            }
            h += x;
        }
        return h;
    }
}
