package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * A workload in a DMZ, isolated or air-gapped zone relies on network and host separation that a shared
 * container node would break; it keeps its own kernel as a VM.
 */
public record SecurityZone(Keywords keywords) implements KeywordRule<SecurityZone> {

    @Override public String id() { return "ISOL-002"; }
    @Override public Dimension dimension() { return Dimension.ISOLATION; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags security zones (DMZ, air-gapped, dedicated, ...: the keywords under Parameters) in the consultant's data classification or isolation requirement, annotations, custom attributes, folders, resource pools, vApps or clusters.";
    }

    @Override
    public Optional<Finding> evaluate(Workload w) {
        return IsolationEvidence.find(w, keywords).map(m -> finding(
                "Is marked as in a security zone (" + m.keyword() + "); a shared container node would break that separation, so it stays a VM.",
                m.field().describe()));
    }

    @Override
    public SecurityZone withKeywords(Keywords keywords) {
        return new SecurityZone(keywords);
    }

    /** The policy's default keywords; a client's list can replace them. */
    public static SecurityZone standard() {
        return new SecurityZone(Keywords.of("dmz", "isolated", "air gapped", "airgapped", "air gap", "airgap", "dedicated", "quarantine"));
    }
}
