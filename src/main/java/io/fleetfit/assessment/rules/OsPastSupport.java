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
 * Supported base images exist only for OS releases that still get security updates; an application on a release
 * past all support must first be moved to a supported one.
 */
public record OsPastSupport(LifecycleCatalog catalog, LocalDate asOf) implements OsRule {

    @Override public String id() { return "LEGACY-001"; }
    @Override public Dimension dimension() { return Dimension.LEGACY_OS; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 40; }

    @Override
    public String description() {
        return "Flags an OS release past all vendor and extended support at the as-of date, by the lifecycle catalog.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return catalog.find(os)
                .filter(e -> e.statusAt(asOf) == LifecycleCatalog.Status.PAST_SUPPORT)
                .map(e -> finding("Runs " + OsRanges.judgedAs(os, e.name()) + ", past all vendor support since "
                        + (e.extendedSupportEnd() != null ? e.extendedSupportEnd() : e.supportEnd())
                        + "; move the application to a supported release first.",
                        Evidence.os(os)));
    }
}
