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
 * vInfo's "Fixed Passthru HotPlug" says that hot-plug of passthrough devices is enabled on the VM,
 * not that one is attached (real exports show it on VMs without any): information to check, never
 * a blocker. An attached SR-IOV or PCI passthrough adapter is PORT-012's.
 */
public record PassthroughDevice() implements Rule {

    @Override public String id() { return "PORT-004"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Notes a VM with passthrough hot-plug enabled (Fixed Passthru HotPlug = True): no device is known to be attached, but check before moving it.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(Boolean.TRUE.equals(w.vm().fixedPassthruHotPlug()), () -> finding(
                "Has passthrough hot-plug enabled; no passthrough device is listed, but confirm none is attached before moving it.",
                Evidence.cite("Fixed Passthru HotPlug", "True")));
    }
}
