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
 * Confidential or restricted data (the classifications below Regulated) is a softer isolation
 * signal: the policy lowers the score and recommends a sandboxed runtime (gVisor, Kata) rather than
 * forcing a VM.
 *
 * <p>The recommendation is made once per workload: this rule stays quiet when the isolation
 * requirement is already a sandbox ({@link SandboxRequirement}). The keyword rules never read this
 * typed value ({@link IsolationEvidence}), so they cannot repeat it.
 */
public record ConfidentialClassification() implements Rule {

    @Override public String id() { return "ISOL-008"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 25; }

    @Override
    public String description() {
        return "Notes a workload whose recorded data classification is Confidential or Restricted, and recommends a sandboxed runtime (gVisor, Kata).";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String c = ConsultantValue.dataClassification(w.vm());
        if (!ConsultantValue.is(c, "confidential", "restricted")
                || ConsultantValue.is(ConsultantValue.isolationRequirement(w.vm()), "sandboxed", "sandbox", "gvisor", "kata")) {
            return Optional.empty();
        }
        return Optional.of(finding("Is classified as holding confidential data; run it as a container with a sandboxed runtime such as gVisor or Kata.",
                Evidence.cite(ConsultantValue.DATA_CLASSIFICATION, c.strip())));
    }

    /** The rule as the catalog has it. */
    public static ConfidentialClassification standard() {
        return new ConfidentialClassification();
    }
}
