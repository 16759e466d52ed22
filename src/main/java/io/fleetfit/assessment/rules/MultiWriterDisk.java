package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A disk shared multi-writer between VMs is the quorum or data disk of a shared-disk cluster
 * (Windows failover clustering, Oracle RAC, a clustered file system). A container platform offers
 * no shared block device with those semantics to an image as built, so the cluster must be rebuilt
 * on shared-capable persistent volumes or replaced by replication: major work. KubeVirt cannot
 * live-migrate a VM attached to such a disk meanwhile.
 */
public record MultiWriterDisk() implements Rule {

    @Override public String id() { return "PORT-015"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a VM with multi-writer shared disks (vDisk Sharing mode), a shared-disk cluster to rebuild; they also block KubeVirt live migration.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer n = w.vm().multiWriterDisks();
        return when(n != null && n > 0, () -> finding(
                "Shares " + (n == 1 ? "a disk" : n + " disks")
                        + " multi-writer, as failover clusters and Oracle RAC do; the cluster must be rebuilt on shared persistent volumes or replication, and until then KubeVirt live migration is blocked as well.",
                (n == 1 ? "1 disk" : n + " disks") + " shared multi-writer (vDisk Sharing mode)"));
    }
}
