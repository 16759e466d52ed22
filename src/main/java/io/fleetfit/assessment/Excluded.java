package io.fleetfit.assessment;

/**
 * A row that is not a workload: a template, or a system VM that the hypervisor creates and removes
 * itself. Listed and counted, never assessed. {@code reason} says why.
 */
public record Excluded(VmRecord vm, OsInfo os, Finding reason) implements Outcome {

    /** The kinds of rows that are not workloads, each with the rule that excludes it. */
    public enum Kind {
        TEMPLATE("GEN-001", "TEMPLATE", "Template"),
        SYSTEM_VM("GEN-006", "SYSTEM_VM", "System VM");

        private final String ruleId;
        private final String status;
        private final String label;

        Kind(String ruleId, String status, String label) {
            this.ruleId = ruleId;
            this.status = status;
            this.label = label;
        }

        /** The id of the rule that excludes such rows. */
        public String ruleId() {
            return ruleId;
        }

        public String label() {
            return label;
        }
    }

    public Kind kind() {
        return Kind.SYSTEM_VM.ruleId.equals(reason.ruleId()) ? Kind.SYSTEM_VM : Kind.TEMPLATE;
    }

    @Override
    public SourceRef source() {
        return vm.source();
    }

    @Override
    public String vmName() {
        return vm.vmName();
    }

    /** TEMPLATE or SYSTEM_VM. */
    @Override
    public String status() {
        return kind().status;
    }
}
