package io.fleetfit.assessment;

/**
 * An input row that could not become a workload record, with the reason in words a consultant can
 * act on ("No VM name in column VM.").
 */
public record Rejection(SourceRef source, String vmName, String reason) implements Outcome {

    public Rejection {
        vmName = vmName == null ? "" : vmName;
    }

    @Override
    public String status() {
        return "REJECTED";
    }
}
