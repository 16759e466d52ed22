package io.fleetfit.assessment;

/** What a finding does to the disposition. Ordered from weakest to strongest. */
public enum Effect {
    /** Information for the migration team; the disposition does not change. */
    NOTE,
    /** Named work is needed before the workload can run as a container. */
    REMEDIATE,
    /** The workload cannot become a container: it stays a VM, on KubeVirt if nothing blocks that. */
    REQUIRES_VM,
    /** Hardware or platform coupling blocks containers and KubeVirt alike. */
    BLOCKS_KUBEVIRT,
    /** The workload looks unused; a person decides whether to retire it. */
    RETIRE,
    /** The facts needed to decide are missing. */
    INSUFFICIENT_DATA,
    /** Not a workload (a template): listed and counted, never assessed. */
    EXCLUDE
}
