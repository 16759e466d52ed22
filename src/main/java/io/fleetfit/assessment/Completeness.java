package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of what the rules look at the inventory stated about a workload. A missing fact never
 * fires a rule (nothing is guessed), so a clean verdict on thin facts deserves less trust than one
 * on full facts: the completeness figure and the confidence say how much.
 *
 * @param percent the share of the facts below that were known, 0-100
 * @param confidence High (80 % or more), Medium (50 % or more) or Low
 * @param missing the facts that were not known, in the order below
 */
public record Completeness(int percent, Confidence confidence, List<String> missing) implements java.io.Serializable {

    /** How far the verdict can be trusted, from the completeness of its facts. */
    public enum Confidence {
        HIGH("High"), MEDIUM("Medium"), LOW("Low");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Completeness {
        missing = List.copyOf(missing);
    }

    /** The facts, each with whether the workload states it. */
    public static Completeness of(Workload w) {
        VmRecord vm = w.vm();
        List<String> missing = new ArrayList<>();
        int total = 0;
        total += check(missing, "OS", w.os().recognised());
        total += check(missing, "OS release", w.os().release() != null);
        total += check(missing, "power state", vm.powerState() != PowerState.UNKNOWN);
        total += check(missing, "vCPUs", vm.cpus() != null);
        total += check(missing, "memory", vm.memoryMib() != null);
        total += check(missing, "storage in use", vm.inUseMib() != null);
        total += check(missing, "passthrough devices", vm.fixedPassthruHotPlug() != null || vm.passthroughNics() != null);
        total += check(missing, "disk details (vDisk)", vm.rawDeviceMappings() != null);
        total += check(missing, "network adapters (vNetwork)", vm.nicAdapterTypes() != null || vm.passthroughNics() != null);
        total += check(missing, "USB devices (vUSB)", vm.usbDevices() != null);
        total += check(missing, "isolation context (annotation, folder, attributes)", !Evidence.textFields(vm).isEmpty()
                || vm.dataClassification() != null || vm.isolationRequirement() != null);
        int percent = Math.round(100f * (total - missing.size()) / total);
        Confidence c = percent >= 80 ? Confidence.HIGH : percent >= 50 ? Confidence.MEDIUM : Confidence.LOW;
        return new Completeness(percent, c, missing);
    }

    private static int check(List<String> missing, String fact, boolean known) {
        if (!known) {
            missing.add(fact);
        }
        return 1;
    }
}
