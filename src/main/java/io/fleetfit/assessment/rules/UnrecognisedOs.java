package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * An OS string nothing recognises could be anything; fleetfit lists it rather than guessing.
 */
public record UnrecognisedOs() implements OsRule {

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
    public Optional<Finding> evaluate(OsInfo os) {
        return when(os.stated() && !os.recognised(), () -> finding(
                "States an OS that fleetfit does not recognise (" + os.raw() + "); confirm the OS to decide.",
                Evidence.os(os)));
    }
}
