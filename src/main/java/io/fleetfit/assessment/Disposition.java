package io.fleetfit.assessment;

/**
 * The one decision per workload. The code is for machines, the label for people, the lane
 * ({@link Lane}) for the migration strategy it stands for.
 */
public enum Disposition {
    CONTAINERIZE("Containerize", Lane.REPLATFORM),
    CONTAINERIZE_AFTER_REMEDIATION("Containerize after remediation", Lane.REPLATFORM),
    VM_ON_KUBERNETES("VM on Kubernetes", Lane.REHOST),
    KEEP_AS_VM("Keep as VM", Lane.RETAIN),
    REPLACE("Replace", Lane.REPURCHASE),
    RETIRE_CANDIDATE("Retire candidate", Lane.RETIRE),
    INSUFFICIENT_DATA("Insufficient data", Lane.ASSESS);

    private final String label;
    private final Lane lane;

    Disposition(String label, Lane lane) {
        this.label = label;
        this.lane = lane;
    }

    /**
     * The lane the disposition stands for; an assessment's own lane ({@link Lane#of}) can be
     * Refactor where this says Replatform.
     */
    public Lane lane() {
        return lane;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }
}
