package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Containers scale out; a scale-up VM larger than a typical worker node cannot be scheduled as one pod without
 * being split or given dedicated nodes.
 */
public record ScaleUpVm(int maxCpus, long maxMemoryMib) implements Rule {

    @Override public String id() { return "PORT-005"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a scale-up VM with more vCPUs or memory than the thresholds (default more than 32 vCPUs or 256 GiB).";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer cpus = w.vm().cpus();
        Long mem = w.vm().memoryMib();
        if (cpus != null && cpus > maxCpus) {
            return Optional.of(finding("Has " + cpus + " vCPUs, more than the " + maxCpus
                    + " a typical worker node offers one pod; split it or plan dedicated nodes.", "CPUs = " + cpus));
        }
        return when(mem != null && mem > maxMemoryMib, () -> finding("Has " + gib(mem) + " GiB of memory, more than the "
                + gib(maxMemoryMib) + " GiB a typical worker node offers one pod; split it or plan dedicated nodes.",
                "Memory = " + mem + " MiB"));
    }

    /** The policy's defaults: more than 32 vCPUs or 256 GiB. */
    public static ScaleUpVm standard() {
        return new ScaleUpVm(32, 256L * 1024);
    }

    private static String gib(long mib) {
        return Long.toString(Math.round(mib / 1024.0));
    }
}
