package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason a workload is less than a perfect fit.
 *
 * @param ruleId the stable id of the rule that found it ("LEGACY-001")
 * @param dimension the dimension it lowers
 * @param severity how much it matters to a reader
 * @param effect what it does to the disposition
 * @param weight points taken from the dimension's score (1-100)
 * @param reason a full sentence for the client, naming the evidence
 * @param evidence the column and value that triggered it ("OS according to the VMware Tools = ...")
 */
public record Finding(
        String ruleId,
        Dimension dimension,
        Severity severity,
        Effect effect,
        int weight,
        String reason,
        String evidence) implements Serializable {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(reason, "reason");
        evidence = evidence == null ? "" : evidence;
    }
}
