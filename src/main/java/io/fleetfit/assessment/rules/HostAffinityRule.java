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
 * A DRS affinity or anti-affinity rule encodes placement the workload relies on; it must be carried over as
 * pod or VM affinity, or it is silently lost.
 */
public record HostAffinityRule() implements Rule {

    @Override public String id() { return "PORT-011"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MINOR; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 5; }

    @Override
    public String description() {
        return "Notes a DRS affinity rule that must be carried over as pod or VM affinity.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String s = w.vm().clusterRules();
        return when(s != null && !s.isBlank(), () -> finding(
                "Is placed by a DRS affinity rule, which must be carried over as pod or VM affinity.",
                Evidence.cite("Cluster rule(s)", s.strip())));
    }
}
