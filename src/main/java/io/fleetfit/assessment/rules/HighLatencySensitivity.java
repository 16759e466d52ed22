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
 * High latency sensitivity reserves physical cores and memory for the VM; a shared container node gives no such
 * guarantee without CPU pinning and dedicated nodes.
 */
public record HighLatencySensitivity() implements Rule {

    @Override public String id() { return "PORT-008"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags a VM configured for high latency sensitivity, which needs pinned CPUs on dedicated nodes.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String s = w.vm().latencySensitivity();
        return when(s != null && s.strip().equalsIgnoreCase("high"), () -> finding(
                "Is configured for high latency sensitivity; as a container it needs pinned CPUs on dedicated nodes.",
                Evidence.cite("Latency Sensitivity", s.strip())));
    }
}
