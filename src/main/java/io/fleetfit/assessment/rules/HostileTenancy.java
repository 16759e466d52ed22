package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Hostile multi-tenancy (untrusted code or tenants side by side) needs a kernel boundary between tenants; a
 * container escape would cross it.
 */
public record HostileTenancy(Keywords keywords) implements KeywordRule<HostileTenancy> {

    @Override public String id() { return "ISOL-003"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags hostile multi-tenancy (multi-tenant, untrusted, ...: the keywords under Parameters) in the consultant's data classification or isolation requirement, annotations, custom attributes, folders, resource pools, vApps or clusters.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return IsolationEvidence.find(w, keywords).map(m -> finding(
                "Is marked as hosting untrusted tenants (" + m.keyword() + "); tenants need a kernel boundary between them, so it stays a VM.",
                m.field().describe()));
    }

    @Override
    public HostileTenancy withKeywords(Keywords keywords) {
        return new HostileTenancy(keywords);
    }

    /** The policy's default keywords; a client's list can replace them. */
    public static HostileTenancy standard() {
        return new HostileTenancy(Keywords.of("multi tenant", "multitenant", "hostile", "untrusted", "tenant isolation"));
    }
}
