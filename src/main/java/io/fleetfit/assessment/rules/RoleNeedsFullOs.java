package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Some roles need a full OS of their own, whatever the inventory says of the VM: domain
 * controllers, Remote Desktop and Citrix hosts, Exchange, SharePoint, WSUS and SCCM, print and
 * Windows file servers, SQL Server on Windows, Oracle Database (licensing counts every host core a
 * container may run on), emulators and dongle-bound licence servers. Containerizing them is not
 * on the table; they stay VMs.
 */
public record RoleNeedsFullOs() implements Rule {

    @Override public String id() { return "PORT-018"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a workload whose role needs a full OS of its own (domain controllers, Remote Desktop and Citrix hosts, Exchange, SharePoint, WSUS, SCCM, print and Windows file servers, SQL Server on Windows, Oracle Database, emulators, licence servers: the role catalog).";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.roleIs(Role.RoleEffect.REQUIRES_VM), () -> finding(
                "Recognised as " + w.role().role().inSentence() + ", a role that needs a full OS of its own. "
                        + w.role().role().recommendation(), w.role().evidence()));
    }
}
