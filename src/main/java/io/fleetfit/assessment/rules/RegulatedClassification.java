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
 * Data a consultant classified as "Regulated" (PCI DSS, HIPAA, SOX, FedRAMP, ...) needs an isolation
 * boundary auditors accept; a shared kernel is not one, so the workload keeps its own kernel as a VM.
 *
 * <p>{@link RegulatedData} finds regulated data from keywords in annotations, placement and custom
 * attributes, but never reads this typed value ({@link IsolationEvidence}), so one fact gives one
 * finding whatever a client's keyword lists say; a keyword elsewhere (an annotation "PCI") is
 * another fact, and both are listed.
 */
public record RegulatedClassification() implements Rule {

    @Override public String id() { return "ISOL-007"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags a workload whose recorded data classification is Regulated, which needs its own kernel.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        String c = ConsultantValue.dataClassification(w.vm());
        if (!ConsultantValue.is(c, "regulated")) {
            return Optional.empty();
        }
        return Optional.of(finding("Is classified as holding regulated data; it needs its own kernel, so it stays a VM.",
                Evidence.cite(ConsultantValue.DATA_CLASSIFICATION, c.strip())));
    }

    /** The rule as the catalog has it. */
    public static RegulatedClassification standard() {
        return new RegulatedClassification();
    }
}
