package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.RuleParameters;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Tunable;
import io.fleetfit.assessment.Workload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Containers scale out; a scale-up VM larger than a typical worker node cannot be scheduled as one pod without
 * being split or given dedicated nodes. Both thresholds can be set per client ({@code max_vcpus},
 * {@code max_memory_gib}), since worker node sizes differ.
 */
public record ScaleUpVm(int maxCpus, long maxMemoryMib) implements Tunable {

    public static final String MAX_VCPUS = "max_vcpus";
    public static final String MAX_MEMORY_GIB = "max_memory_gib";

    @Override public String id() { return "PORT-005"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a scale-up VM with more than " + maxCpus + " vCPUs or more than " + gibText(maxMemoryMib)
                + " GiB of memory, more than a typical worker node offers one pod.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(MAX_VCPUS, Integer.toString(maxCpus));
        p.put(MAX_MEMORY_GIB, gibText(maxMemoryMib));
        return p;
    }

    @Override
    public ScaleUpVm with(String setting, String value) {
        return switch (setting) {
            case MAX_VCPUS -> new ScaleUpVm(RuleParameters.wholeNumber(setting, value, 1, 4096), maxMemoryMib);
            case MAX_MEMORY_GIB -> new ScaleUpVm(maxCpus, Math.round(RuleParameters.positive(setting, value, 65536) * 1024));
            default -> throw RuleParameters.unknown(this, setting);
        };
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer cpus = w.vm().cpus();
        Long mem = w.vm().memoryMib();
        if (cpus != null && cpus > maxCpus) {
            return Optional.of(finding("Has " + cpus + " vCPUs, more than the " + maxCpus
                    + " a typical worker node offers one pod; split it or plan dedicated nodes.", cpus + " vCPUs (CPUs)"));
        }
        return when(mem != null && mem > maxMemoryMib, () -> finding("Has " + gib(mem) + " GiB of memory, more than the "
                + gibText(maxMemoryMib) + " GiB a typical worker node offers one pod; split it or plan dedicated nodes.",
                gib(mem) + " GiB of memory (Memory: " + mem + " MiB)"));
    }

    /** The policy's defaults: more than 32 vCPUs or 256 GiB. */
    public static ScaleUpVm standard() {
        return new ScaleUpVm(32, 256L * 1024);
    }

    private static String gib(long mib) {
        return Long.toString(Math.round(mib / 1024.0));
    }

    /** The threshold as set: 256, or 0.5 for a threshold below one GiB. */
    private static String gibText(long mib) {
        return RuleParameters.format(mib / 1024.0);
    }
}
