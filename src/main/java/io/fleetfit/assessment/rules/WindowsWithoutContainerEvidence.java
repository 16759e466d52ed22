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
 * Windows containers run Server Core and Nano Server applications, in practice IIS and .NET web
 * applications. Most Windows VMs run something else (line-of-business services, agents, desktop
 * software), so without evidence of a web or application workload a Windows Server VM stays a VM:
 * calling it a container candidate would be judging from the absence of evidence.
 */
public record WindowsWithoutContainerEvidence() implements Rule {

    @Override public String id() { return "PORT-020"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    /** Most Windows VMs of a fleet carry it, in the same words: the Summary counts it once. */
    @Override
    public boolean countedOnce() {
        return true;
    }

    @Override
    public String description() {
        return "Keeps a Windows Server 2016 or later workload a VM when nothing shows it runs a web or .NET application (no IIS,"
                + " ASP.NET, web or application role), the only kind Windows containers run in practice; evidence of one (the"
                + " attributes file's role or application, an IIS or web name or annotation) moves it to Windows containers.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        boolean windows = w.os().is(OsFamily.WINDOWS_SERVER) && w.os().releaseNumber() >= 2016;
        boolean decided = w.roleIs(Role.RoleEffect.CONTAINER) || w.roleIs(Role.RoleEffect.REQUIRES_VM) || w.roleIs(Role.RoleEffect.REPLACE);
        return when(windows && !decided, () -> finding(
                "Runs " + w.os().label() + " with no sign of an IIS or .NET web workload, the only kind Windows containers run in practice, so it stays a VM. "
                        + "Evidence of such a workload (the attributes file's role or application, an IIS or web name or annotation) would move it to Windows containers.",
                Evidence.os(w.os()) + (w.role() == null ? "; no workload role recognised" : "; " + w.role().evidence())));
    }
}
