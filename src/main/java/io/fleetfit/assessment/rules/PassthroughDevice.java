package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A passthrough (PCI or SR-IOV) device ties the VM to specific host hardware; neither containers nor KubeVirt
 * live migration can carry that coupling, so the workload keeps its VM.
 */
public record PassthroughDevice() implements Rule {

    @Override public String id() { return "PORT-004"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.BLOCKS_KUBEVIRT; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a VM with a fixed passthrough device (Fixed Passthru HotPlug = True), which blocks containers and KubeVirt.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(Boolean.TRUE.equals(w.vm().fixedPassthruHotPlug()), () -> finding(
                "Has a passthrough device attached to host hardware, which neither containers nor KubeVirt can carry over.",
                "Fixed Passthru HotPlug = True"));
    }
}
