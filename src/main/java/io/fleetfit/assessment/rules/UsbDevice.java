package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A USB device on a VM (a licence dongle, a token, a modem) is a physical object plugged into one
 * host or a USB-over-network box. A container cannot reach it, and KubeVirt offers no USB
 * passthrough that the migration tools carry over, so the workload keeps its VM until the device
 * is replaced (a network licence server, a soft token).
 */
public record UsbDevice() implements Rule {

    @Override public String id() { return "PORT-013"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.BLOCKS_KUBEVIRT; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a VM with a USB device attached (vUSB), which blocks containers and KubeVirt.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer n = w.vm().usbDevices();
        return when(n != null && n > 0, () -> finding(
                "Has " + (n == 1 ? "a USB device" : n + " USB devices")
                        + " attached, such as a licence dongle, which neither containers nor KubeVirt can carry over.",
                (n == 1 ? "1 USB device" : n + " USB devices") + " connected (vUSB)"));
    }
}
