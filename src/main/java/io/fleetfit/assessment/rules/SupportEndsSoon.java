package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A migration takes months: a release whose vendor support ends within a year of the assessment
 * date will be past support by the time its workload moves, so the upgrade belongs in the plan.
 */
public record SupportEndsSoon(LifecycleCatalog catalog, LocalDate asOf) implements OsRule {

    @Override public String id() { return "LEGACY-005"; }
    @Override public Dimension dimension() { return Dimension.LEGACY_OS; }
    @Override public Severity severity() { return Severity.MINOR; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 5; }

    @Override
    public String description() {
        return "Notes an OS release whose vendor support ends within 12 months of the as-of date, with the date.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return catalog.find(os)
                .filter(e -> e.supportEnd() != null && !asOf.isAfter(e.supportEnd()) && e.supportEnd().isBefore(asOf.plusMonths(12).plusDays(1)))
                .map(e -> finding("Runs " + OsRanges.judgedAs(os, e.name()) + ", whose vendor support ends on " + e.supportEnd()
                        + ", within 12 months of the assessment date: plan the upgrade with the migration.",
                        Evidence.os(os)));
    }
}
