package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planning ratios that turn the fleet's allocated size into the capacity of the platforms it
 * moves to, settable per client by the rules file's {@code plan} rows ({@code plan,cpu_overcommit,4}).
 * The inventory states what each VM was given, not what it uses, so these are planning
 * assumptions to confirm with utilisation data, not measurements.
 *
 * @param cpuOvercommit VM vCPUs per host CPU thread, for VMs on Kubernetes (KubeVirt) and VMs that
 *     stay on a hypervisor: 4:1 is the common consolidation ratio for general-purpose server VMs
 * @param containerCpuOvercommit container CPU requests per worker-node CPU thread: 1:1, because
 *     Kubernetes schedules pods by their requests, which never exceed a node's allocatable CPU
 *     (bursting above the request is what limits are for)
 * @param memoryHeadroom memory added on top of what the workloads are given, 0 to 1: node
 *     reservations (kubelet, system, eviction threshold) and room to drain a node; memory is
 *     never overcommitted
 * @param storageHeadroom storage added on top of what is in use, 0 to 1: growth and snapshots
 * @param containerRightsizing the share of a VM's vCPU and memory that its containers request,
 *     0 to 1: VMs are sized for their peak and rarely trimmed, containers are sized from their use
 * @param changed the settings the rules file changed, with its line and note, in file order
 */
public record CapacityRatios(double cpuOvercommit, double containerCpuOvercommit, double memoryHeadroom,
                             double storageHeadroom, double containerRightsizing, List<Change> changed)
        implements Serializable {

    public static final String CPU_OVERCOMMIT = "cpu_overcommit";
    public static final String CONTAINER_CPU_OVERCOMMIT = "container_cpu_overcommit";
    public static final String MEMORY_HEADROOM = "memory_headroom";
    public static final String STORAGE_HEADROOM = "storage_headroom";
    public static final String CONTAINER_RIGHTSIZING = "container_rightsizing";

    /** The settings a {@code plan} row may name, in the order the Method sheet prints them. */
    public static final List<String> SETTINGS = List.of(CPU_OVERCOMMIT, CONTAINER_CPU_OVERCOMMIT, MEMORY_HEADROOM,
            STORAGE_HEADROOM, CONTAINER_RIGHTSIZING);

    /** The standard ratios: 4:1 for VMs, 1:1 for container requests, 20 % headroom, containers request 50 %. */
    public static final CapacityRatios DEFAULT = new CapacityRatios(4, 1, 0.2, 0.2, 0.5, List.of());

    /** Overcommit ratios range from 1:1 to this. */
    private static final double MAX_OVERCOMMIT = 32;

    /** One setting a rules file changed: its line, the setting, the value before and after, and the note. */
    public record Change(int line, String setting, double before, double after, String note) implements Serializable {
    }

    public CapacityRatios {
        changed = List.copyOf(changed);
    }

    /** Whether a rules file changed any ratio. */
    public boolean isDefault() {
        return changed.isEmpty();
    }

    /** The value of a setting by its name. */
    public double value(String setting) {
        return switch (setting) {
            case CPU_OVERCOMMIT -> cpuOvercommit;
            case CONTAINER_CPU_OVERCOMMIT -> containerCpuOvercommit;
            case MEMORY_HEADROOM -> memoryHeadroom;
            case STORAGE_HEADROOM -> storageHeadroom;
            case CONTAINER_RIGHTSIZING -> containerRightsizing;
            default -> throw new IllegalArgumentException("unknown plan setting '" + setting + "'");
        };
    }

    /** These ratios with one setting changed, as a rules file's row at {@code line} sets it. */
    CapacityRatios with(int line, String setting, double value, String note) {
        Map<String, Double> v = new java.util.HashMap<>();
        SETTINGS.forEach(s -> v.put(s, value(s)));
        v.put(setting, value);
        List<Change> changes = new java.util.ArrayList<>(changed);
        changes.add(new Change(line, setting, value(setting), value, note));
        return new CapacityRatios(v.get(CPU_OVERCOMMIT), v.get(CONTAINER_CPU_OVERCOMMIT), v.get(MEMORY_HEADROOM),
                v.get(STORAGE_HEADROOM), v.get(CONTAINER_RIGHTSIZING), changes);
    }

    /**
     * Checks a {@code plan} row's value and returns it as a number.
     *
     * @throws IllegalArgumentException saying what the setting allows, without file and line
     */
    static double parse(String setting, String value) {
        if (!SETTINGS.contains(setting)) {
            throw new IllegalArgumentException("has no setting '" + setting + "'; its settings are " + String.join(", ", SETTINGS)
                    + ", " + RuleConfig.WAVE_SIZE);
        }
        double v;
        try {
            v = Double.parseDouble(value.strip().replaceFirst(":1$", ""));
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        boolean ratio = setting.equals(CPU_OVERCOMMIT) || setting.equals(CONTAINER_CPU_OVERCOMMIT);
        boolean ok = ratio ? v >= 1 && v <= MAX_OVERCOMMIT
                : setting.equals(CONTAINER_RIGHTSIZING) ? v > 0 && v <= 1 : v >= 0 && v <= 1;
        if (!ok) {
            String allowed = ratio ? "a number from 1 to " + (int) MAX_OVERCOMMIT + " (4 means 4:1)"
                    : setting.equals(CONTAINER_RIGHTSIZING) ? "a share above 0 and at most 1 (0.5 means 50 %)"
                    : "a share from 0 to 1 (0.2 means 20 %)";
            throw new IllegalArgumentException(setting + " must be " + allowed + ", not '" + value + "'");
        }
        return v;
    }

    /** A setting's value in words: "4:1", "20 %". */
    public static String describe(String setting, double value) {
        if (setting.equals(CPU_OVERCOMMIT) || setting.equals(CONTAINER_CPU_OVERCOMMIT)) {
            return number(value) + ":1";
        }
        return number(value * 100) + " %";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceFirst("0+$", "");
    }
}
