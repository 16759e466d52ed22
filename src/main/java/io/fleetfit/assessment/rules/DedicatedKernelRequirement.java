package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A consultant who records the isolation requirement "Dedicated kernel" has decided the workload
 * must not share a kernel with its neighbours (a security review, a contract, a threat model). A
 * container shares the host's kernel by design, so the workload stays a VM; KubeVirt still gives
 * it its own kernel.
 *
 * <p>The keyword rules never read this typed value ({@link IsolationEvidence}): this rule owns it,
 * whatever a client's keyword lists say.
 */
public record DedicatedKernelRequirement() implements Rule {

    @Override public String id() { return "ISOL-005"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a workload whose recorded isolation requirement is a dedicated kernel, which only a VM gives.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String r = ConsultantValue.isolationRequirement(w.vm());
        if (!ConsultantValue.is(r, "dedicated kernel", "dedicated", "own kernel")) {
            return Optional.empty();
        }
        return Optional.of(finding("Is recorded as needing a dedicated kernel; a container shares the host's kernel, so it stays a VM.",
                Evidence.cite(ConsultantValue.ISOLATION_REQUIREMENT, r.strip())));
    }

    /** The rule as the catalog has it. */
    public static DedicatedKernelRequirement standard() {
        return new DedicatedKernelRequirement();
    }
}
