package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * Windows Server 2016 and later can run Windows containers, but only on Windows worker nodes, which most
 * Kubernetes platforms treat as a separate, costlier node pool.
 */
public record WindowsContainerNodes() implements OsRule {

    @Override public String id() { return "PORT-003"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 10; }

    @Override
    public String description() {
        return "Notes that a Windows Server 2016 or later workload needs Windows worker nodes.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return when(os.is(OsFamily.WINDOWS_SERVER) && os.releaseNumber() >= 2016, () -> finding(
                "Runs " + os.label() + "; Windows containers need Windows worker nodes in the cluster.",
                os.sourceColumn() + " = " + os.raw()));
    }
}
