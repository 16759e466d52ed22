package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * Windows containers exist only from Windows Server 2016 on; an older Windows release can only stay a VM until
 * its application is moved to a newer release.
 */
public record WindowsBefore2016() implements OsRule {

    @Override public String id() { return "LEGACY-004"; }
    @Override public Dimension dimension() { return Dimension.LEGACY_OS; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags Windows Server releases older than 2016 and Windows client editions, which can only stay a VM.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        boolean old = os.is(OsFamily.WINDOWS_SERVER) && os.releaseNumber() < 2016 || os.is(OsFamily.WINDOWS_CLIENT);
        String why = os.is(OsFamily.WINDOWS_CLIENT)
                ? ", a Windows client edition; Windows containers need Windows Server 2016 or later, so it can only stay a VM."
                : ", older than the first Windows release with containers (Windows Server 2016); it can only stay a VM.";
        return when(old, () -> finding("Runs " + os.label() + why, os.sourceColumn() + " = " + os.raw()));
    }
}
