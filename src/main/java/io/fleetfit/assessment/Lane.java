package io.fleetfit.assessment;

import java.util.List;
import java.util.Set;

/**
 * The migration strategy a disposition stands for, in the "7 Rs" that clients and other
 * migration tools speak. Containerizing is Replatform, or Refactor where a finding names a change
 * to the application's code or architecture (state moved out, a scale-up VM split).
 */
public enum Lane {
    REPLATFORM("Replatform"),
    REFACTOR("Refactor"),
    REHOST("Rehost"),
    RETAIN("Retain"),
    REPURCHASE("Repurchase"),
    RETIRE("Retire"),
    ASSESS("Assess");

    /**
     * Rules whose remediation is a change to the application itself, not to its packaging: a
     * scale-up VM split into services (PORT-005), a shared-disk cluster redesigned (PORT-015),
     * state the consultant recorded moved out of the workload (PORT-017).
     */
    static final Set<String> ARCHITECTURE_RULES = Set.of("PORT-005", "PORT-015", "PORT-017");

    private final String label;

    Lane(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lane of a disposition reached with these findings. */
    public static Lane of(Disposition d, List<Finding> findings) {
        if (d == Disposition.CONTAINERIZE_AFTER_REMEDIATION) {
            for (Finding f : findings) {
                if (f.effect() == Effect.REMEDIATE && ARCHITECTURE_RULES.contains(f.ruleId())) {
                    return REFACTOR;
                }
            }
        }
        return d.lane();
    }
}
