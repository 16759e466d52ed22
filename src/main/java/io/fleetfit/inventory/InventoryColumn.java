package io.fleetfit.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical inventory fields of {@link io.fleetfit.assessment.VmRecord}, each with its
 * mapping-file name ({@link #field()}) and every header that names it: the RVTools vInfo header
 * first (its {@link #label()}), then the aliases other exports use ("VM Name", "Memory MB"), the
 * Azure Migrate and AWS Migration Hub import headers ("Server name", "CPU.NumberOfCores") and the
 * RVTools CSV export's tab-prefixed names ("vInfoVMName"). This is the only place inventory
 * headers are spelled, apart from fleetfit's own template ({@link TemplateColumns}) and the
 * headers {@link SourceFormat} recognises an export by.
 *
 * <p>Headers match case-insensitively, ignoring surrounding whitespace, Azure Migrate's leading
 * "*" (its mark of a mandatory column) and collapsing inner whitespace. A tab-prefixed header that
 * is not listed ("vInfoFTState") is matched by its rest, compared without spaces or punctuation
 * ("FT State"), because the RVTools CSV export derives those names from the vInfo headers.
 *
 * <p>Some columns also have <em>fallback</em> headers, read only when the row leaves the column's
 * own cells blank: AWS Migration Hub names a server by VMware.VMName, else its HostName, else its
 * ExternalId, and counts CPUs as cores, else logical cores, else processors.
 *
 * <p>A size column's unit is read from its header ("Memory (GB)"); a header without one is in MiB,
 * as RVTools writes. Attribute columns (application, owner, environment, business unit) are also
 * kept as custom attributes, because a vCenter attribute named "Owner" is still an attribute that
 * the isolation rules search.
 */
public enum InventoryColumn {
    VM_NAME("vm_name", Kind.TEXT,
            headers("VM", "VM Name", "VMName", "Virtual Machine", "Server name", "VMware.VMName",
                    "vInfoVMName", "vInfoName"),
            headers("HostName", "ExternalId")),
    VM_UUID("vm_uuid", Kind.TEXT, headers("VM UUID", "Instance UUID", "vInfoInstanceUUID", "vInfoVMUUID")),
    // vSphere's config.uuid, which the RVTools CSV export calls "vInfoUUID", is the BIOS UUID
    SMBIOS_UUID("smbios_uuid", Kind.TEXT, headers("SMBIOS UUID", "BIOS UUID", "SMBiosId", "vInfoUUID",
            "vInfoSMBIOSUUID")),
    DNS_NAME("dns_name", Kind.TEXT, headers("DNS Name", "Guest Host Name", "HostName", "Host name", "FQDN",
            "vInfoGuestHostName", "vInfoDNSName")),
    PRIMARY_IP("primary_ip", Kind.TEXT, headers("Primary IP Address", "Primary IP", "IP Address",
            "IP Addresses", "IPAddress", "vInfoPrimaryIPAddress")),
    // AWS's VMware.VCenterId identifies the vCenter a VM's MoRef belongs to
    VI_SDK_SERVER("vcenter", Kind.TEXT, headers("VI SDK Server", "vCenter", "vCenter Server", "VMware.VCenterId",
            "vInfoVISDKServer")),
    POWER_STATE("power_state", Kind.TEXT, headers("Powerstate", "Power State", "VM Status", "vInfoPowerstate")),
    TEMPLATE("template", Kind.TEXT, headers("Template", "Is Template", "vInfoTemplate")),
    OS_CONFIG("os", Kind.TEXT, headers("OS according to the configuration file", "OS", "Guest OS",
            "Operating System", "OS (configuration file)", "OS name", "OS.Name", "vInfoOS",
            "vInfoOsAccordingToConfigFile", "vInfoOsAccordingToConfigurationFile")),
    OS_TOOLS("os_tools", Kind.TEXT, headers("OS according to the VMware Tools", "OS (VMware Tools)",
            "vInfoOSTools", "vInfoOsAccordingToTools", "vInfoOsAccordingToVMwareTools")),
    /** The release, where a format keeps it apart from the OS name (Azure Migrate, AWS). */
    OS_VERSION("os_version", Kind.TEXT, headers("OS version", "OS.Version")),
    /** x64 or x86, where a format keeps the bitness apart from the OS name (Azure Migrate). */
    OS_ARCHITECTURE("os_architecture", Kind.TEXT, headers("OS architecture")),
    GUEST_DETAIL("guest_detail", Kind.TEXT, headers("Guest Detailed Data", "vInfoGuestDetailedData")),
    CPUS("cpus", Kind.TEXT,
            headers("CPUs", "vCPUs", "vCPU", "Num CPUs", "CPU Count", "Cores", "CPU.NumberOfCores", "vInfoCPUs"),
            headers("CPU.NumberOfLogicalCores", "CPU.NumberOfProcessors")),
    MEMORY_MIB("memory", Kind.MEMORY, headers("Memory", "Memory MiB", "Memory MB", "Memory (MiB)",
            "Memory (MB)", "Memory GiB", "Memory GB", "Memory (GiB)", "Memory (GB)", "Memory (In MB)", "RAM",
            "RAM (MB)", "RAM (GB)", "RAM.TotalSizeInMB", "vInfoMemory")),
    PROVISIONED_MIB("provisioned", Kind.STORAGE, headers("Provisioned MiB", "Provisioned MB",
            "Provisioned (MiB)", "Provisioned (MB)", "Provisioned GB", "Provisioned (GB)",
            "Provisioned Disk (GB)", "vInfoProvisioned")),
    IN_USE_MIB("in_use", Kind.STORAGE, headers("In Use MiB", "In Use MB", "In Use (MiB)", "In Use (MB)",
            "In Use GB", "In Use (GB)", "In Use Disk (GB)", "Storage in use (In GB)", "vInfoInUse")),
    DISK_COUNT("disks", Kind.TEXT, headers("Disks", "Number of disks", "vInfoDisks")),
    DATACENTER("datacenter", Kind.TEXT, headers("Datacenter", "Data Center", "vInfoDataCenter")),
    CLUSTER("cluster", Kind.TEXT, headers("Cluster", "vInfoCluster")),
    HOST("host", Kind.TEXT, headers("Host", "ESX Host", "ESXi Host", "vInfoHost")),
    FOLDER("folder", Kind.TEXT, headers("Folder", "vInfoFolder")),
    RESOURCE_POOL("resource_pool", Kind.TEXT, headers("Resource pool", "vInfoResourcepool")),
    VAPP("vapp", Kind.TEXT, headers("vApp", "vInfovApp")),
    ANNOTATION("annotation", Kind.TEXT, headers("Annotation", "Notes", "vInfoAnnotation", "vInfoNotes")),
    FIXED_PASSTHRU_HOTPLUG("fixed_passthru_hotplug", Kind.TEXT, headers("Fixed Passthru HotPlug",
            "vInfoFixedPassthruHotPlug")),
    LATENCY_SENSITIVITY("latency_sensitivity", Kind.TEXT, headers("Latency Sensitivity",
            "vInfoLatencySensitivity")),
    FT_STATE("ft_state", Kind.TEXT, headers("FT State", "vInfoFTState")),
    NUM_MONITORS("num_monitors", Kind.TEXT, headers("Num Monitors", "vInfoNumMonitors")),
    CLUSTER_RULES("cluster_rules", Kind.TEXT, headers("Cluster rule(s)", "Cluster rules", "vInfoClusterRule",
            "vInfoClusterRules")),
    APPLICATION("application", Kind.ATTRIBUTE, headers("Application", "Applications", "App", "Application name")),
    OWNER("owner", Kind.ATTRIBUTE, headers("Owner", "VM Owner", "Contact", "Technical owner",
            "Application owner")),
    ENVIRONMENT("environment", Kind.ATTRIBUTE, headers("Environment", "Env", "Stage")),
    BUSINESS_UNIT("business_unit", Kind.ATTRIBUTE, headers("Business unit", "BusinessUnit", "BU", "Department",
            "Division")),
    /** "key:value" pairs (AWS Migration Hub's Tags), read into custom attributes. */
    TAGS("tags", Kind.TEXT, headers("Tags"));

    /** What a column holds, which decides how its header's unit is read and whether it stays an attribute. */
    enum Kind { TEXT, MEMORY, STORAGE, ATTRIBUTE }

    /** The RVTools CSV export prefixes every vInfo header with the tab's name. */
    static final String TAB_PREFIX = "vinfo";

    /** Azure Migrate's "Disk 1 size (In GB)", "Disk 2 size (In GB)", ...: summed into provisioned storage. */
    private static final Pattern DISK_SIZE = Pattern.compile("disk \\d+ size( \\(.*\\))?");

    private static final Map<String, InventoryColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, InventoryColumn> BY_COMPACT = new HashMap<>();
    private static final Map<String, InventoryColumn> BY_FALLBACK = new HashMap<>();

    static {
        for (InventoryColumn column : values()) {
            for (String header : column.headers) {
                BY_HEADER.putIfAbsent(normalize(header), column);
                BY_COMPACT.putIfAbsent(compact(header), column);
            }
            for (String header : column.fallbacks) {
                BY_FALLBACK.putIfAbsent(normalize(header), column);
            }
        }
    }

    private final String field;
    private final Kind kind;
    private final List<String> headers;
    private final List<String> fallbacks;

    InventoryColumn(String field, Kind kind, List<String> headers) {
        this(field, kind, headers, List.of());
    }

    InventoryColumn(String field, Kind kind, List<String> headers, List<String> fallbacks) {
        this.field = field;
        this.kind = kind;
        this.headers = headers;
        this.fallbacks = fallbacks;
    }

    /** The RVTools vInfo header (or the usual one), used in messages ("CPUs 'four' is not a number"). */
    public String label() {
        return headers.get(0);
    }

    /** Every header that names this column, the RVTools one first. */
    public List<String> headers() {
        return headers;
    }

    /**
     * The field's name in a mapping file ("vm_name"); a size column's name without its unit
     * ("memory"), which a mapping gives as a suffix ({@code memory_gib}).
     */
    public String field() {
        return field;
    }

    /** True for memory and storage sizes, which fleetfit keeps in MiB. */
    public boolean isSize() {
        return kind == Kind.MEMORY || kind == Kind.STORAGE;
    }

    /** True for RAM, whose sizes tools label MB and GB while meaning MiB and GiB. */
    boolean isMemory() {
        return kind == Kind.MEMORY;
    }

    /** True for application, owner, environment and business unit: kept as custom attributes too. */
    public boolean isAttribute() {
        return kind == Kind.ATTRIBUTE;
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

    /** The column a header stands in for when that column's own cells are blank ("HostName" for the VM name). */
    static Optional<InventoryColumn> forFallbackHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_FALLBACK.get(normalize(header)));
    }

    /** Where a fallback header ranks among its column's fallbacks (0 first): HostName before ExternalId. */
    int fallbackRank(String header) {
        String key = normalize(header);
        for (int i = 0; i < fallbacks.size(); i++) {
            if (normalize(fallbacks.get(i)).equals(key)) {
                return i;
            }
        }
        return fallbacks.size();
    }

    /** The column a header contributes a part of, summed with the others ("Disk 2 size (In GB)"). */
    static Optional<InventoryColumn> forPartHeader(String header) {
        return header != null && DISK_SIZE.matcher(normalize(header)).matches()
                ? Optional.of(PROVISIONED_MIB) : Optional.empty();
    }

    /** The column whose {@link #field()} is {@code field}, if any. */
    static Optional<InventoryColumn> forField(String field) {
        for (InventoryColumn column : values()) {
            if (column.field.equals(field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Trimmed, a leading "*" (Azure Migrate's mandatory mark) dropped, inner whitespace collapsed to
     * one space, lower case; the key headers match on.
     */
    static String normalize(String header) {
        String s = header.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
        while (s.startsWith("*")) {
            s = s.substring(1).strip();
        }
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, lower case: "FT Sec. Latency" and "FTSecLatency" agree. */
    static String compact(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A normalized header such as "vinfocpus": the tab's name followed by more. */
    static boolean isTabPrefixed(String normalizedHeader) {
        return normalizedHeader.length() > TAB_PREFIX.length() && normalizedHeader.startsWith(TAB_PREFIX);
    }

    private static List<String> headers(String... headers) {
        return List.copyOf(new ArrayList<>(List.of(headers)));
    }
}
