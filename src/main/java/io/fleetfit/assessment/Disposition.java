package io.fleetfit.assessment;

/** The one decision per workload. The code is for machines, the label for people. */
public enum Disposition {
    CONTAINERIZE("Containerize"),
    CONTAINERIZE_AFTER_REMEDIATION("Containerize after remediation"),
    VM_ON_KUBERNETES("VM on Kubernetes"),
    KEEP_AS_VM("Keep as VM"),
    RETIRE_CANDIDATE("Retire candidate"),
    INSUFFICIENT_DATA("Insufficient data");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }
}
