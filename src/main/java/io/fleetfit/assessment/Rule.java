package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Optional;

/**
 * One judgement a senior migration consultant makes about a workload. Rules are small immutable
 * values: an id, a dimension, a severity, an effect on the disposition, a weight and a
 * description; {@link #evaluate} looks at the workload's facts and nothing else.
 */
public interface Rule extends Serializable {

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
