package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * An SR-IOV or PCI passthrough network adapter hands a physical function of the host's NIC to the
 * guest: the workload is tied to that host's hardware. A container has no such device, and the
 * migration tools for KubeVirt neither carry the adapter over nor live-migrate a VM that holds one,
 * so the workload keeps its VM where it is. (Fixed Passthru HotPlug, which vInfo states without
 * naming the device, is {@link PassthroughDevice}; this rule reads vNetwork's adapter types.)
 */
public record PassthroughNic() implements Rule {

    @Override public String id() { return "PORT-012"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.BLOCKS_KUBEVIRT; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a VM with an SR-IOV or PCI passthrough network adapter (vNetwork Adapter), which blocks containers and KubeVirt.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer n = w.vm().passthroughNics();
        if (n == null || n <= 0) {
            return Optional.empty();
        }
        String adapters = w.vm().nicAdapterTypes();
        return Optional.of(finding("Has " + (n == 1 ? "an SR-IOV or PCI passthrough network adapter" : n + " SR-IOV or PCI passthrough network adapters")
                        + ", tied to the host's hardware, which neither containers nor KubeVirt can carry over.",
                adapters != null && !adapters.isBlank()
                        ? Evidence.cite("vNetwork Adapter", adapters) + ", " + n + " of them SR-IOV or PCI passthrough"
                        : n + (n == 1 ? " SR-IOV or PCI passthrough network adapter" : " SR-IOV or PCI passthrough network adapters")
                                + " (vNetwork Adapter)"));
    }
}
