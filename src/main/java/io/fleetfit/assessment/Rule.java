package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Optional;

/**
 * One judgement a senior migration consultant makes about a workload. Rules are small immutable
 * values: an id, a dimension, a severity, an effect on the disposition, a weight and a
 * description; {@link #evaluate} looks at the workload's facts and nothing else.
 */
public interface Rule extends Serializable {

    /**
     * Id order, for a reader looking a rule up: by dimension as {@link Dimension} declares them
     * (PORT, LEGACY, ISOL, then GEN), then by number ("PORT-002" before "PORT-010").
     */
    java.util.Comparator<Rule> ID_ORDER = java.util.Comparator.comparing(Rule::id, Rule::compareIds);

    /** Compares two rule ids in {@link #ID_ORDER}; an id of no dimension's prefix comes last, by text. */
    static int compareIds(String a, String b) {
        int byDimension = Integer.compare(dimensionRank(a), dimensionRank(b));
        if (byDimension != 0) {
            return byDimension;
        }
        int byNumber = Long.compare(number(a), number(b));
        return byNumber != 0 ? byNumber : a.compareTo(b);
    }

    private static int dimensionRank(String id) {
        for (Dimension d : Dimension.values()) {
            if (id.startsWith(d.idPrefix() + "-")) {
                return d.ordinal();
            }
        }
        return Dimension.values().length;
    }

    private static long number(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return Long.parseLong(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Stable, never reused, prefixed by the dimension: "PORT-001". */
    String id();

    Dimension dimension();

    Severity severity();

    Effect effect();

    /** Points taken from the dimension's score when the rule fires, 1 to 100. */
    int weight();

    /** What the rule checks and why, one sentence ending with a period, for the Method sheet. */
    String description();

    Optional<Finding> evaluate(Workload workload);

    /**
     * Whether the rule's finding says the same of a large share of a fleet (hundreds of Windows
     * workloads stay VMs for want of evidence of a web workload), so the report counts it once, on
     * the Summary, instead of listing it on the Findings sheet one row per workload. The finding is
     * the workload's all the same: it scores and decides, the Workloads and Blockers sheets and
     * assessments.csv name it.
     */
    default boolean countedOnce() {
        return false;
    }

    /**
     * Whether the rule looks at the recognised OS and nothing else ({@link OsRule}), so that its
     * answer can be worked out once per distinct OS.
     */
    default boolean readsOsOnly() {
        return false;
    }

    /** A finding carrying this rule's id, dimension, severity, effect and weight. */
    default Finding finding(String reason, String evidence) {
        return new Finding(id(), dimension(), severity(), effect(), weight(), reason, evidence);
    }

    /** Convenience for rules: a finding when {@code condition} holds, nothing otherwise. */
    default Optional<Finding> when(boolean condition, java.util.function.Supplier<Finding> finding) {
        return condition ? Optional.of(finding.get()) : Optional.empty();
    }
}
