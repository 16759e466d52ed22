package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A powered-off VM may be unused; migrating it costs effort that retiring it saves, so a person decides first.
 */
public record PoweredOff() implements Rule {

    @Override public String id() { return "GEN-002"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.RETIRE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Marks powered-off VMs as retire candidates, keeping their would-be assessment.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.vm().powerState() == PowerState.OFF, () -> finding(
                "Is powered off; confirm it is still needed before migrating it.", "Powered off (Powerstate)"));
    }
}
