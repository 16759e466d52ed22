package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Regulated or high-assurance data (PCI DSS, HIPAA, SOX, FedRAMP, ITAR, classified) needs a hard isolation
 * boundary that auditors accept; a shared kernel is not one, so the workload keeps its own kernel as a VM.
 */
public record RegulatedData(Keywords keywords) implements KeywordRule<RegulatedData> {

    @Override public String id() { return "ISOL-001"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags regulated or high-assurance data (PCI DSS, HIPAA, SOX, ...: the keywords under Parameters) in the consultant's data classification or isolation requirement, annotations, custom attributes, folders, resource pools, vApps or clusters.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return IsolationEvidence.find(w, keywords).map(m -> finding(
                "Is marked as holding regulated data (" + m.keyword() + "); it needs its own kernel, so it stays a VM.",
                m.field().describe()));
    }

    @Override
    public RegulatedData withKeywords(Keywords keywords) {
        return new RegulatedData(keywords);
    }

    /** The policy's default keywords; a client's list can replace them. */
    public static RegulatedData standard() {
        return new RegulatedData(Keywords.of("pci dss", "pcidss", "pci", "hipaa", "phi", "sox", "fedramp", "itar", "classified", "top secret", "secret", "cde", "cardholder", "regulated"));
    }
}
