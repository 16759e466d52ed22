package io.fleetfit.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical inventory fields of {@link io.fleetfit.assessment.VmRecord}, each with every header
 * that names it: the RVTools vInfo header first (its {@link #label()}), then the aliases other
 * exports use ("VM Name", "Memory MB") and the RVTools CSV export's tab-prefixed names
 * ("vInfoVMName"). This is the only place inventory headers are spelled.
 *
 * <p>Headers match case-insensitively, ignoring surrounding whitespace and collapsing inner
 * whitespace. A tab-prefixed header that is not listed ("vInfoFTState") is matched by its rest,
 * compared without spaces or punctuation ("FT State"), because the RVTools CSV export derives
 * those names from the vInfo headers.
 */
public enum InventoryColumn {
    VM_NAME("VM", "VM Name", "VMName", "Virtual Machine", "vInfoVMName", "vInfoName"),
    VM_UUID("VM UUID", "Instance UUID", "vInfoInstanceUUID", "vInfoVMUUID"),
    // vSphere's config.uuid, which the RVTools CSV export calls "vInfoUUID", is the BIOS UUID
    SMBIOS_UUID("SMBIOS UUID", "BIOS UUID", "vInfoUUID", "vInfoSMBIOSUUID"),
    DNS_NAME("DNS Name", "Guest Host Name", "vInfoGuestHostName", "vInfoDNSName"),
    PRIMARY_IP("Primary IP Address", "Primary IP", "IP Address", "vInfoPrimaryIPAddress"),
    VI_SDK_SERVER("VI SDK Server", "vCenter", "vCenter Server", "vInfoVISDKServer"),
    POWER_STATE("Powerstate", "Power State", "VM Status", "vInfoPowerstate"),
    TEMPLATE("Template", "Is Template", "vInfoTemplate"),
    OS_CONFIG("OS according to the configuration file", "OS", "Guest OS", "Operating System",
            "OS (configuration file)", "vInfoOS", "vInfoOsAccordingToConfigFile",
            "vInfoOsAccordingToConfigurationFile"),
    OS_TOOLS("OS according to the VMware Tools", "OS (VMware Tools)", "vInfoOSTools",
            "vInfoOsAccordingToTools", "vInfoOsAccordingToVMwareTools"),
    GUEST_DETAIL("Guest Detailed Data", "vInfoGuestDetailedData"),
    CPUS("CPUs", "vCPUs", "vCPU", "Num CPUs", "CPU Count", "vInfoCPUs"),
    MEMORY_MIB("Memory", "Memory MiB", "Memory MB", "Memory (MiB)", "Memory (MB)", "vInfoMemory"),
    PROVISIONED_MIB("Provisioned MiB", "Provisioned MB", "Provisioned (MiB)", "Provisioned (MB)",
            "vInfoProvisioned"),
    IN_USE_MIB("In Use MiB", "In Use MB", "In Use (MiB)", "In Use (MB)", "vInfoInUse"),
    DATACENTER("Datacenter", "Data Center", "vInfoDataCenter"),
    CLUSTER("Cluster", "vInfoCluster"),
    HOST("Host", "ESX Host", "ESXi Host", "vInfoHost"),
    FOLDER("Folder", "vInfoFolder"),
    RESOURCE_POOL("Resource pool", "vInfoResourcepool"),
    VAPP("vApp", "vInfovApp"),
    ANNOTATION("Annotation", "Notes", "vInfoAnnotation", "vInfoNotes"),
    FIXED_PASSTHRU_HOTPLUG("Fixed Passthru HotPlug", "vInfoFixedPassthruHotPlug"),
    LATENCY_SENSITIVITY("Latency Sensitivity", "vInfoLatencySensitivity"),
    FT_STATE("FT State", "vInfoFTState"),
    NUM_MONITORS("Num Monitors", "vInfoNumMonitors"),
    CLUSTER_RULES("Cluster rule(s)", "Cluster rules", "vInfoClusterRule", "vInfoClusterRules");

    /** The RVTools CSV export prefixes every vInfo header with the tab's name. */
    static final String TAB_PREFIX = "vinfo";

    private static final Map<String, InventoryColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, InventoryColumn> BY_COMPACT = new HashMap<>();

    static {
        for (InventoryColumn column : values()) {
            for (String header : column.headers) {
                BY_HEADER.putIfAbsent(normalize(header), column);
                BY_COMPACT.putIfAbsent(compact(header), column);
            }
        }
    }

    private final List<String> headers;

    InventoryColumn(String label, String... aliases) {
        this.headers = concat(label, aliases);
    }

    /** The RVTools vInfo header, used in messages ("CPUs 'four' is not a number"). */
    public String label() {
        return headers.get(0);
    }

    /** Every header that names this column, the RVTools one first. */
    public List<String> headers() {
        return headers;
    }

    /** The column a header names, if any. */
    public static Optional<InventoryColumn> forHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = normalize(header);
        InventoryColumn column = BY_HEADER.get(key);
        if (column == null && isTabPrefixed(key)) {
            column = BY_COMPACT.get(compact(key.substring(TAB_PREFIX.length())));
        }
        return Optional.ofNullable(column);
    }

    /** Trimmed, inner whitespace collapsed to one space, lower case; the key headers match on. */
    static String normalize(String header) {
        return header.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, lower case: "FT Sec. Latency" and "FTSecLatency" agree. */
    static String compact(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A normalized header such as "vinfocpus": the tab's name followed by more. */
    static boolean isTabPrefixed(String normalizedHeader) {
        return normalizedHeader.length() > TAB_PREFIX.length() && normalizedHeader.startsWith(TAB_PREFIX);
    }

    private static List<String> concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
