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
 * A platform or vendor appliance (vCenter, NSX, HCX, backup proxies tied to the hypervisor,
 * firewall and load-balancer appliances) is not migrated: the target platform or a service
 * provides its function, so it is replaced. The role decides on its own, whatever the OS column
 * says (or fails to say).
 */
public record PlatformAppliance() implements Rule {

    @Override public String id() { return "PORT-019"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REPLACE; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Marks platform and vendor appliances whose function the target platform or a service provides (vCenter, NSX, HCX, Aria, replication, backup proxies, firewall, VPN, WAF and load-balancer appliances: the role catalog) for replacement.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return when(w.roleIs(Role.RoleEffect.REPLACE), () -> finding(
                "Recognised as " + w.role().role().inSentence() + ", whose function the target platform or a service provides. "
                        + w.role().role().recommendation(), w.role().evidence()));
    }
}
