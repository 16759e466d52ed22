package io.fleetfit.assessment;

/** What a finding does to the disposition. Ordered from weakest to strongest. */
public enum Effect {
    /** Information for the migration team; the disposition does not change. */
    NOTE,
    /** Named work is needed before the workload can run as a container. */
    REMEDIATE,
    /** The workload cannot become a container: it stays a VM, on KubeVirt if nothing blocks that. */
    REQUIRES_VM,
    /**
     * The guest OS is not one KubeVirt platforms support: a workload that must stay a VM then stays on a
     * conventional hypervisor. Says nothing about a workload that can become a container.
     */
    NOT_KUBEVIRT_GUEST,
    /** Hardware or platform coupling blocks containers and KubeVirt alike. */
    BLOCKS_KUBEVIRT,
    /** A platform or vendor appliance whose function the target platform or a service provides. */
    REPLACE,
    /** The workload looks unused; a person decides whether to retire it. */
    RETIRE,
    /** The facts needed to decide are missing. */
    INSUFFICIENT_DATA,
    /** Not a workload (a template or a system VM): listed and counted, never assessed. */
    EXCLUDE
}
