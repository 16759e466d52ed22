package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Internet-facing or confidential workloads can be containers, but a sandboxed runtime (gVisor, Kata) gives
 * them a stronger boundary than a plain shared kernel.
 */
public record ExposedOrConfidential(Keywords keywords) implements KeywordRule<ExposedOrConfidential> {

    @Override public String id() { return "ISOL-004"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.MODERATE; }
    @Override public Effect effect() { return Effect.NOTE; }
    @Override public int weight() { return 25; }

    @Override
    public String description() {
        return "Flags softer isolation signals (internet-facing, confidential, sandboxed, ...: the keywords under Parameters) in "
                + "the consultant's data classification or isolation requirement, annotations, custom attributes, folders, resource pools, vApps or clusters, and recommends a sandboxed runtime.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return IsolationEvidence.find(w, keywords).map(m -> finding(
                "Is marked as internet-facing or confidential (" + m.keyword() + "); run it with a sandboxed runtime such as gVisor or Kata.",
                m.field().describe()));
    }

    @Override
    public ExposedOrConfidential withKeywords(Keywords keywords) {
        return new ExposedOrConfidential(keywords);
    }

    /** The policy's default keywords; a client's list can replace them. */
    public static ExposedOrConfidential standard() {
        return new ExposedOrConfidential(Keywords.of("internet facing", "public facing", "external facing", "confidential", "restricted", "sandboxed"));
    }
}
