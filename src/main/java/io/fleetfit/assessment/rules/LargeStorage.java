package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Data in a container lives on persistent volumes; several terabytes in use means a storage migration plan of
 * its own, not just an image build.
 */
public record LargeStorage(long maxInUseMib) implements Rule {

    @Override public String id() { return "PORT-006"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags a VM with more storage in use than the threshold (default 2 TiB), which needs a data migration plan.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Long inUse = w.vm().inUseMib();
        return when(inUse != null && inUse > maxInUseMib, () -> finding(
                "Uses " + String.format(java.util.Locale.ROOT, "%.1f", inUse / 1048576.0)
                        + " TiB of storage; moving that data to persistent volumes needs its own migration plan.",
                "In Use MiB = " + inUse));
    }

    /** The policy's default: more than 2 TiB in use. */
    public static LargeStorage standard() {
        return new LargeStorage(2L * 1024 * 1024);
    }
}
