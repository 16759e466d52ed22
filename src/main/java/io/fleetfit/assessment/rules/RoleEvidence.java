package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * An inventory describes the VM, not the application inside it; a recognised web server,
 * application server or broker is the positive evidence that a workload is what containers are
 * made for, without which no workload is called an Excellent fit.
 */
public record RoleEvidence() implements Rule {

    @Override public String id() { return "GEN-007"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Names the workload role recognised as evidence for containers (web servers, application servers and runtimes, brokers and caches: the role catalog), and the text that revealed it.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.roleIs(Role.RoleEffect.CONTAINER), () -> finding(
                "Recognised as " + w.role().role().inSentence() + ", a workload containers are made for. "
                        + w.role().role().recommendation(), w.role().evidence()));
    }
}
