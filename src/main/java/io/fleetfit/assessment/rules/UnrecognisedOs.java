package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * An OS string nothing recognises could be anything; fleetfit lists it rather than guessing.
 */
public record UnrecognisedOs() implements Rule {

    @Override public String id() { return "GEN-004"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.INSUFFICIENT_DATA; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Marks a VM whose OS string is not recognised as insufficient data.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.os().stated() && !w.os().recognised(), () -> finding(
                "States an OS that fleetfit does not recognise (" + w.os().raw() + "); confirm the OS to decide.",
                w.os().sourceColumn() + " = " + w.os().raw()));
    }
}
