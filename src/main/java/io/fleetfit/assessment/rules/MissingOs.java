package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * Every dimension depends on the OS; without it nothing can be decided, and fleetfit never guesses.
 */
public record MissingOs() implements OsRule {

    @Override public String id() { return "GEN-003"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.INSUFFICIENT_DATA; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Marks a VM with no OS in either OS column as insufficient data.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return when(!os.stated(), () -> finding(
                "States no OS in either OS column; the OS is needed to decide anything.",
                "Neither OS column states an OS (OS according to the VMware Tools, OS according to the configuration file)"));
    }
}
