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
 * Applications built for 2.4 and 2.6 era kernels (RHEL or CentOS 5 and 6, SLES 10 and 11) depend on old glibc
 * and kernel interfaces that current container hosts no longer match, even where an old base image exists.
 */
public record LegacyKernel() implements OsRule {

    @Override public String id() { return "LEGACY-003"; }
    @Override public Dimension dimension() { return Dimension.LEGACY_OS; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a guest of the Linux 2.4 or 2.6 kernel era, which needs major work to run on a current host kernel.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        String k = os.kernel();
        return when("2.4".equals(k) || "2.6".equals(k), () -> finding(
                "Runs " + os.label() + " on a Linux " + k + " era kernel; its binaries need rebuilding for a current host kernel.",
                Evidence.os(os)));
    }
}
