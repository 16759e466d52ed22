package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A raw device mapping gives the guest a SAN LUN directly, usually for a cluster's shared disk or a
 * storage-array feature (snapshots, replication) the application relies on. A container sees
 * persistent volumes only, so the data and whatever used the raw LUN must move first: major work.
 * Until then KubeVirt cannot live-migrate the VM either, since the LUN is not a volume it manages.
 */
public record RawDeviceMapping() implements Rule {

    @Override public String id() { return "PORT-014"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a VM with raw device mappings (vDisk Raw), whose LUNs must move to persistent volumes; they also block KubeVirt live migration.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer n = w.vm().rawDeviceMappings();
        return when(n != null && n > 0, () -> finding(
                "Has " + (n == 1 ? "a raw device mapping" : n + " raw device mappings")
                        + " to SAN LUNs, whose data must move to persistent volumes first; until then KubeVirt live migration is blocked as well.",
                (n == 1 ? "1 disk" : n + " disks") + " mapped raw (vDisk Raw: True)"));
    }
}
