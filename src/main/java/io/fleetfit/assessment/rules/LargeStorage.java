package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.RuleParameters;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Tunable;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.assessment.Workload;
import java.util.Map;
import java.util.Optional;

/**
 * Data in a container lives on persistent volumes; several terabytes in use means a storage migration plan of
 * its own, not just an image build. The threshold can be set per client ({@code max_in_use_tib}).
 */
public record LargeStorage(long maxInUseMib) implements Tunable {

    public static final String MAX_IN_USE_TIB = "max_in_use_tib";
    private static final double MIB_PER_TIB = 1024.0 * 1024;

    @Override public String id() { return "PORT-006"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags a VM with more than " + tib() + " TiB of storage in use, which needs a data migration plan.";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(MAX_IN_USE_TIB, tib());
    }

    @Override
    public LargeStorage with(String setting, String value) {
        if (!MAX_IN_USE_TIB.equals(setting)) {
            throw RuleParameters.unknown(this, setting);
        }
        return new LargeStorage(Math.round(RuleParameters.positive(setting, value, 1024) * MIB_PER_TIB));
    }

    private String tib() {
        return RuleParameters.format(maxInUseMib / MIB_PER_TIB);
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        VmRecord.StorageInUse storage = w.vm().storageInUse();
        Long inUse = storage.mib();
        return when(inUse != null && inUse > maxInUseMib, () -> finding(
                "Uses " + String.format(java.util.Locale.ROOT, "%.1f", inUse / 1048576.0)
                        + " TiB of storage; moving that data to persistent volumes needs its own migration plan.",
                String.format(java.util.Locale.ROOT, "%.1f TiB in use (%s: %d)", inUse / 1048576.0, storage.source(), inUse)));
    }

    /** The policy's default: more than 2 TiB in use. */
    public static LargeStorage standard() {
        return new LargeStorage(2L * 1024 * 1024);
    }
}
