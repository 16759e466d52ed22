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
 * Container platforms run 64-bit images on 64-bit nodes; a 32-bit guest has neither base images nor support, so
 * its application must be rebuilt for 64 bits or stay a VM.
 */
public record ThirtyTwoBitGuest() implements OsRule {

    @Override public String id() { return "PORT-002"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a 32-bit guest OS, for which container platforms have no base images.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return when(Integer.valueOf(32).equals(os.bits()), () -> finding(
                "Runs a 32-bit OS (" + os.label() + "); container platforms run 64-bit images only.",
                Evidence.os(os)));
    }
}
