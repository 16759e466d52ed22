package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.KubevirtGuestCatalog;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * KubeVirt platforms run only the guests they support (OpenShift Virtualization certifies RHEL 7
 * and later, Windows Server 2016 and later, Windows 10 and 11; current Linux releases have the
 * virtio drivers): a workload that must stay a VM on any other guest stays on a conventional
 * hypervisor until it is upgraded. Said only of workloads that must stay VMs; a workload that can
 * become a container leaves its guest behind.
 */
public record GuestNotOnKubevirt(KubevirtGuestCatalog catalog) implements OsRule {

    @Override public String id() { return "GEN-008"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.NOT_KUBEVIRT_GUEST; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Keeps a workload that must stay a VM on a conventional hypervisor when its guest OS is not one KubeVirt platforms support (the KubeVirt guest catalog), naming the upgrade that would let it move.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        if (!os.recognised()) {
            return Optional.empty();
        }
        KubevirtGuestCatalog.Verdict v = catalog.judge(os);
        return when(!v.supported(), () -> finding(
                "Must stay a VM, and KubeVirt platforms do not support " + v.guest() + " as a guest: it stays on a conventional hypervisor until upgraded to "
                        + v.upgrade() + ".",
                Evidence.os(os)));
    }
}
