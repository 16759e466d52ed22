package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Windows Server 2016 and later run Windows containers, in practice IIS and .NET web
 * applications, on Windows worker nodes: a separate, costlier node pool. With evidence of such a
 * workload the VM can move, once its image is rebuilt on a supported Windows base image.
 */
public record WindowsContainerNodes() implements Rule {

    @Override public String id() { return "PORT-003"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 15; }

    @Override
    public String description() {
        return "Flags a Windows Server 2016 or later workload recognised as a web or application workload: it needs Windows worker nodes and an image rebuilt on a Windows Server Core base.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.os().is(OsFamily.WINDOWS_SERVER) && w.os().releaseNumber() >= 2016 && w.roleIs(Role.RoleEffect.CONTAINER),
                () -> finding("Runs " + w.os().label() + " as " + w.role().role().inSentence()
                        + ": it can move to a Windows container once its image is rebuilt on a Windows Server Core base, on Windows worker nodes.",
                        Evidence.os(w.os()) + "; " + w.role().evidence()));
    }
}
