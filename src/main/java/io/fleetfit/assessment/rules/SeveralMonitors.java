package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Several virtual monitors point at interactive desktop use, which containers do not serve; the workload is
 * rather a virtual desktop to re-platform.
 */
public record SeveralMonitors() implements Rule {

    @Override public String id() { return "PORT-010"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 15; }

    @Override
    public String description() {
        return "Flags a VM with more than one virtual monitor, a sign of desktop use.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        Integer n = w.vm().numMonitors();
        return when(n != null && n > 1, () -> finding(
                "Has " + n + " virtual monitors, a sign of interactive desktop use that containers do not serve.",
                n + " virtual monitors (Num Monitors)"));
    }
}
