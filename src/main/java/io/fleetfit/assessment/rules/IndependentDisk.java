package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A disk in an independent mode (vDisk Disk Mode {@code independent_persistent} or
 * {@code independent_nonpersistent}) is left out of snapshots, and the migration tools for KubeVirt
 * copy a running VM's disks through snapshots: such a disk is skipped or blocks a warm migration
 * until it is switched to dependent mode, which needs the VM powered off once.
 *
 * <p>The policy names independent disks among the checks for a workload that moves to KubeVirt
 * ("need work and are named as findings"), not among the obstacles to a container, whose data moves
 * to persistent volumes whatever the disk mode. So the finding is a note (it does not change the
 * disposition: a container candidate stays one, a VM for KubeVirt already is one) of minor
 * severity, since the fix is a setting. Physical-mode raw device mappings are always independent
 * (real exports show every RDM disk in an independent mode) and have their own, larger finding
 * ({@link RawDeviceMapping}); only the independent disks beyond the raw ones are counted here.
 */
public record IndependentDisk() implements Rule {

    @Override public String id() { return "PORT-016"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MINOR; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 5; }

    @Override
    public String description() {
        return "Notes virtual disks in an independent mode (vDisk Disk Mode independent persistent or nonpersistent, raw device mappings aside), which snapshot-based migration to KubeVirt skips until they are made dependent.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer independent = w.vm().independentDisks();
        Integer raw = w.vm().rawDeviceMappings();
        int n = independent == null ? 0 : independent - (raw == null ? 0 : raw);
        return when(n > 0, () -> finding(
                "Has " + (n == 1 ? "a virtual disk" : n + " virtual disks")
                        + " in an independent mode, which snapshot-based migration to KubeVirt skips; switch "
                        + (n == 1 ? "it" : "them") + " to dependent mode before moving the VM.",
                (independent == 1 ? "1 disk" : independent + " disks") + " in independent mode (vDisk Disk Mode)"
                        + (raw == null || raw <= 0 ? "" : raw == 1 ? ", 1 of them a raw device mapping"
                                : ", " + raw + " of them raw device mappings")));
    }
}
