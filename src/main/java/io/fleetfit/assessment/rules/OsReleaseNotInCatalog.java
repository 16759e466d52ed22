package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * The policy judges every OS release against the lifecycle catalog. A release the inventory names
 * but the catalog does not list (Red Hat Enterprise Linux 3, SUSE Linux Enterprise 9, an AIX
 * technology level) cannot be judged, so neither past-support nor extended-support finding can
 * fire: silence would read as "supported". This note says so, and the consultant can pass a catalog
 * that lists it. It is information about the data, so it scores nothing.
 */
public record OsReleaseNotInCatalog(LifecycleCatalog catalog) implements OsRule {

    @Override public String id() { return "GEN-005"; }
    @Override public Dimension dimension() { return Dimension.GENERAL; }
    @Override public Severity severity() { return Severity.INFO; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 1; }

    @Override
    public String description() {
        return "Notes an OS release that the lifecycle catalog does not list, whose support status could therefore not be judged.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        return when(os.product() != null && os.release() != null && catalog.find(os).isEmpty(), () -> finding(
                "Runs " + os.label() + ", which the lifecycle catalog does not list, so its support status was not judged;"
                        + " add the release to the catalog to judge it.",
                Evidence.os(os)));
    }
}
