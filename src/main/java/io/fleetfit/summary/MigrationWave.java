package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.FitnessTier;

/**
 * The waves of the proposed migration plan: the least work and risk first, the decisions a person
 * must make last. A workload's wave follows from its disposition (a consultant's override
 * included) and, for containers, its fitness tier.
 */
public enum MigrationWave {
    QUICK_WINS("Wave 1", "Quick wins",
            "Containerize with an Excellent or Good fit: no remediation named."),
    REMEDIATE("Wave 2", "Containerize after remediation",
            "Containerize after remediation, or Containerize with a lower fit: named work first."),
    VM_ON_KUBERNETES("Wave 3", "VM on Kubernetes",
            "Must stay a VM, its guest OS runs on KubeVirt platforms, and nothing blocks running it under KubeVirt."),
    DECIDE_LAST("Wave 4", "Decided last",
            "Keep as VM, appliances to replace, retire candidates and workloads lacking data: a person decides.");

    private final String number;
    private final String title;
    private final String rule;

    MigrationWave(String number, String title, String rule) {
        this.number = number;
        this.title = title;
        this.rule = rule;
    }

    /** "Wave 1: Quick wins". */
    public String label() {
        return number + ": " + title;
    }

    /** "1": the wave's number, which its sub-waves' labels ("1a", "1b") start with. */
    public String digit() {
        return String.valueOf(ordinal() + 1);
    }

    /** "Quick wins". */
    public String title() {
        return title;
    }

    /** Which workloads the wave holds, in words. */
    public String rule() {
        return rule;
    }

    public static MigrationWave of(Assessment a) {
        return switch (a.disposition()) {
            case CONTAINERIZE -> a.tier() == FitnessTier.EXCELLENT || a.tier() == FitnessTier.GOOD ? QUICK_WINS : REMEDIATE;
            case CONTAINERIZE_AFTER_REMEDIATION -> REMEDIATE;
            case VM_ON_KUBERNETES -> VM_ON_KUBERNETES;
            case KEEP_AS_VM, REPLACE, RETIRE_CANDIDATE, INSUFFICIENT_DATA -> DECIDE_LAST;
        };
    }
}
