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
 * A container is disposable: whatever it writes to its own file system is gone when it is
 * rescheduled. A workload the consultant recorded as stateful (statefulness "Stateful" in the
 * attributes file) keeps data, sessions or queues on its VM, which must move to persistent volumes
 * or a managed service before it runs as a container: the state is to be externalised first.
 */
public record StatefulWorkload() implements Rule {

    @Override public String id() { return "PORT-017"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 15; }

    @Override
    public String description() {
        return "Flags a workload the consultant recorded as stateful (statefulness), whose state must move to persistent volumes or a managed service.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String s = ConsultantValue.statefulness(w.vm());
        return when(ConsultantValue.is(s, "stateful"), () -> finding(
                "Is recorded as stateful; its state must be externalised to persistent volumes or a managed service before it runs as a container.",
                Evidence.cite(ConsultantValue.STATEFULNESS, s.strip())));
    }
}
