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
 * A database engine holds state on local disks; it can run in a container only with an operator,
 * persistent volumes and backups redesigned for them, or it moves to a managed service: major
 * remediation work to plan.
 */
public record DatabaseEngine() implements Rule {

    @Override public String id() { return "PORT-007"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.MAJOR; }
    @Override public Effect effect() { return Effect.REMEDIATE; }
    @Override public int weight() { return 30; }

    @Override
    public String description() {
        return "Flags a database server (PostgreSQL, MySQL, MariaDB, MongoDB, ...: the role catalog's database roles) recognised from the VM's names, annotation, folder, resource pool, vApp, custom attributes or application.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.roleIs(Role.RoleEffect.DATABASE), () -> finding(
                "Recognised as " + w.role().role().inSentence() + ", whose state must move first. "
                        + w.role().role().recommendation(), w.role().evidence()));
    }
}
