package io.fleetfit.assessment;

/** A template row: listed and counted, never assessed as a workload. {@code reason} says why. */
public record ExcludedTemplate(VmRecord vm, OsInfo os, Finding reason) implements Outcome {

    @Override
    public SourceRef source() {
        return vm.source();
    }

    @Override
    public String vmName() {
        return vm.vmName();
    }

    @Override
    public String status() {
        return "TEMPLATE";
    }
}
