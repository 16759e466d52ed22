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
 * A consultant who records the isolation requirement "Sandboxed" accepts a container but not a
 * plain shared kernel: a sandboxed runtime (gVisor's user-space kernel, Kata's lightweight VM per
 * pod) puts a boundary between the workload and the host. That is a runtime choice, not a reason
 * to keep the VM, so the finding is a note that lowers the isolation score.
 *
 * <p>The keyword rules never read this typed value ({@link IsolationEvidence}): this rule owns it.
 */
public record SandboxRequirement() implements Rule {

    @Override public String id() { return "ISOL-006"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 25; }

    @Override
    public String description() {
        return "Notes a workload whose recorded isolation requirement is a sandbox, and recommends a sandboxed runtime (gVisor, Kata).";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String r = ConsultantValue.isolationRequirement(w.vm());
        if (!ConsultantValue.is(r, "sandboxed", "sandbox", "gvisor", "kata")) {
            return Optional.empty();
        }
        return Optional.of(finding("Is recorded as needing a sandbox; run it as a container with a sandboxed runtime such as gVisor or Kata.",
                Evidence.cite(ConsultantValue.ISOLATION_REQUIREMENT, r.strip())));
    }

    /** The rule as the catalog has it. */
    public static SandboxRequirement standard() {
        return new SandboxRequirement();
    }
}
