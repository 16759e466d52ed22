package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * How much of what the rules look at the inventory stated about a workload: the data completeness
 * figure. A missing fact never fires a rule (nothing is guessed). How far the verdict can be
 * trusted is a different question, answered by the kinds of evidence ({@link Confidence}).
 *
 * @param percent the share of the facts below that were known, 0-100
 * @param missing the facts that were not known, in the order below
 */
public record Completeness(int percent, List<String> missing) implements java.io.Serializable {

    public Completeness {
        missing = List.copyOf(missing);
    }

    /** The facts {@link #of} checks, in order; bit {@code i} of a mask stands for {@code FACT_NAMES[i]} missing. */
    private static final String[] FACT_NAMES = {"OS", "OS release", "power state", "vCPUs", "memory", "storage in use",
        "passthrough devices", "disk details (vDisk)", "network adapters (vNetwork)", "USB devices (vUSB)",
        "isolation context (annotation, folder, attributes)"};
    /** How many facts {@link #of} checks. */
    private static final int FACTS = FACT_NAMES.length;

    /**
     * One completeness per combination of missing facts, made on first use: a fleet's records miss
     * the same few facts (an export without vDisk, say), so a workload's completeness is a lookup,
     * not a list built per workload.
     */
    private static final AtomicReferenceArray<Completeness> BY_MISSING = new AtomicReferenceArray<>(1 << FACTS);

    /** The facts, each with whether the workload states it. */
    public static Completeness of(Workload w) {
        VmRecord vm = w.vm();
        int mask = missing(0, w.os().recognised())
                | missing(1, w.os().release() != null)
                | missing(2, vm.powerState() != PowerState.UNKNOWN)
                | missing(3, vm.cpus() != null)
                | missing(4, vm.memoryMib() != null)
                | missing(5, vm.storageInUse().mib() != null)
                | missing(6, vm.fixedPassthruHotPlug() != null || vm.passthroughNics() != null)
                | missing(7, vm.rawDeviceMappings() != null)
                | missing(8, vm.nicAdapterTypes() != null || vm.passthroughNics() != null)
                | missing(9, vm.usbDevices() != null)
                | missing(10, hasIsolationContext(vm));
        Completeness c = BY_MISSING.get(mask);
        if (c == null) {
            c = of(mask);
            BY_MISSING.set(mask, c);
        }
        return c;
    }

    private static int missing(int fact, boolean known) {
        return known ? 0 : 1 << fact;
    }

    private static Completeness of(int mask) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < FACTS; i++) {
            if ((mask & 1 << i) != 0) {
                missing.add(FACT_NAMES[i]);
            }
        }
        int percent = Math.round(100f * (FACTS - missing.size()) / FACTS);
        return new Completeness(percent, missing);
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
}
