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
 * vSphere Fault Tolerance keeps a lock-step shadow VM; neither containers nor KubeVirt offer it, so the
 * availability it gave must be rebuilt with replicas.
 */
public record FaultTolerance() implements Rule {

    @Override public String id() { return "PORT-009"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags a VM protected by vSphere Fault Tolerance, whose availability must be rebuilt with replicas.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String s = w.vm().ftState();
        return when(s != null && !s.isBlank() && !s.strip().equalsIgnoreCase("notConfigured"), () -> finding(
                "Is protected by vSphere Fault Tolerance, which containers and KubeVirt lack; plan replicas instead.",
                Evidence.cite("FT State", s.strip())));
    }
}
