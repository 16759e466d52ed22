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
 * A template is a master image, not a running workload: it is listed and counted, never assessed.
 */
public record Template() implements Rule {

    @Override public String id() { return "GEN-001"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.EXCLUDE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Excludes templates (Template = True): listed and counted, never assessed as workloads.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.vm().isTemplate(), () -> finding(
                "Is a template, not a workload: listed and counted, not assessed.", Evidence.cite("Template", "True")));
    }
}
