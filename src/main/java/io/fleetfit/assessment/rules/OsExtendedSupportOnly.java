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
 * A release in paid or community extended support (ESU, ELS, ESM, LTS) still gets fixes, but base images are
 * being withdrawn and the extension costs money; plan the upgrade with the move.
 */
public record OsExtendedSupportOnly(LifecycleCatalog catalog, LocalDate asOf) implements OsRule {

    @Override public String id() { return "LEGACY-002"; }
    @Override public Dimension dimension() { return Dimension.LEGACY_OS; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 20; }

    @Override
    public String description() {
        return "Flags an OS release past standard support but within extended support at the as-of date.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return catalog.find(os)
                .filter(e -> e.statusAt(asOf) == LifecycleCatalog.Status.EXTENDED_SUPPORT_ONLY)
                .map(e -> finding("Runs " + OsRanges.judgedAs(os, e.name()) + ", out of standard support since " + e.supportEnd()
                        + " and in extended support until " + e.extendedSupportEnd() + "; plan the upgrade with the move.",
                        Evidence.os(os)));
    }
}
