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

    /** How many facts {@link #of} checks. */
    private static final int FACTS = 11;

    /** Every fact known: the common case of a full RVTools export, which allocates nothing. */
    private static final Completeness COMPLETE = new Completeness(100, Confidence.HIGH, List.of());

    /** The facts, each with whether the workload states it. */
    public static Completeness of(Workload w) {
        VmRecord vm = w.vm();
        List<String> missing = null;
        missing = check(missing, "OS", w.os().recognised());
        missing = check(missing, "OS release", w.os().release() != null);
        missing = check(missing, "power state", vm.powerState() != PowerState.UNKNOWN);
        missing = check(missing, "vCPUs", vm.cpus() != null);
        missing = check(missing, "memory", vm.memoryMib() != null);
        missing = check(missing, "storage in use", vm.inUseMib() != null);
        missing = check(missing, "passthrough devices", vm.fixedPassthruHotPlug() != null || vm.passthroughNics() != null);
        missing = check(missing, "disk details (vDisk)", vm.rawDeviceMappings() != null);
        missing = check(missing, "network adapters (vNetwork)", vm.nicAdapterTypes() != null || vm.passthroughNics() != null);
        missing = check(missing, "USB devices (vUSB)", vm.usbDevices() != null);
        missing = check(missing, "isolation context (annotation, folder, attributes)", hasIsolationContext(vm));
        if (missing == null) {
            return COMPLETE;
        }
        int percent = Math.round(100f * (FACTS - missing.size()) / FACTS);
        Confidence c = percent >= 80 ? Confidence.HIGH : percent >= 50 ? Confidence.MEDIUM : Confidence.LOW;
        return new Completeness(percent, c, missing);
    }

    /**
     * Whether any field the isolation rules read is stated: what {@code !Evidence.textFields(vm).isEmpty()}
     * says, without building the list.
     */
    private static boolean hasIsolationContext(VmRecord vm) {
        if (stated(vm.annotation()) || stated(vm.folder()) || stated(vm.resourcePool()) || stated(vm.vApp())
                || stated(vm.cluster()) || vm.dataClassification() != null || vm.isolationRequirement() != null) {
            return true;
        }
        Attributes attributes = vm.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (stated(attributes.value(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean stated(String s) {
        return s != null && !s.isBlank();
    }

    /** {@code missing} with {@code fact} added when it is not known; the list is made on the first missing fact. */
    private static List<String> check(List<String> missing, String fact, boolean known) {
        if (known) {
            return missing;
        }
        List<String> m = missing == null ? new ArrayList<>() : missing;
        m.add(fact);
        return m;
    }
}
