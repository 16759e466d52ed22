package io.fleetfit.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each {@link InventoryColumn} sits in one inventory's header row, and which columns are
 * vCenter custom attributes. Built once per file or sheet; immutable and serializable, so a Spark
 * job can build it on the driver and ship it to the executors.
 *
 * <p>A duplicated header counts once: the first occurrence wins. Every non-blank header that is
 * neither a standard RVTools vInfo header nor an alias of a canonical column is a custom attribute
 * ("Post-it", "Backup", "Rubrik_LastBackup", "PRDorHML"): vCenter exports custom attributes, and
 * customers add their own columns, between the standard ones.
 */
public final class HeaderMap implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Every vInfo header RVTools 4.4 to 4.7 writes (the 90 of 4.7.1.4, which include all 82 of
     * 4.4.3), in 4.7.1.4 order. Anything else in a vInfo header row is a custom attribute.
     */
    public static final List<String> STANDARD_VINFO_HEADERS = List.of(
            "VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
            "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn",
            "Suspended To Memory", "Suspend time", "Suspend Interval", "Creation date", "Change Version",
            "CPUs", "Overall Cpu Readiness", "Memory", "Active Memory", "NICs", "Disks",
            "Total disk capacity MiB", "Fixed Passthru HotPlug", "min Required EVC Mode Key",
            "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT", "Primary IP Address",
            "Network #1", "Network #2", "Network #3", "Network #4", "Network #5", "Network #6",
            "Network #7", "Network #8", "Num Monitors", "Video Ram KiB", "Resource pool", "Folder ID",
            "Folder", "vApp", "DAS protection", "FT State", "FT Role", "FT Latency",
            "FT Bandwidth", "FT Sec. Latency", "Vm Failover In Progress", "Provisioned MiB", "In Use MiB",
            "Unshared MiB", "HA Restart Priority", "HA Isolation Response", "HA VM Monitoring",
            "Cluster rule(s)", "Cluster rule name(s)", "Boot Required", "Boot delay", "Boot retry delay",
            "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff", "EFI Secure boot",
            "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target", "Path",
            "Log directory", "Snapshot directory", "Suspend directory", "Annotation", "Datacenter",
            "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools",
            "Customization Info", "Guest Detailed Data", "VM ID", "SMBIOS UUID", "VM UUID",
            "VI SDK Server type", "VI SDK API Version", "VI SDK Server", "VI SDK UUID");

    /** Names older RVTools releases (3.x, sizes in MB) used for standard columns not read as facts. */
    static final List<String> OLDER_VINFO_HEADERS = List.of(
            "Total disk capacity MB", "Unshared MB", "Video Ram KB");

    /** Fewer standard headers than this and a sheet is a hand-made inventory, not an RVTools export. */
    private static final int RVTOOLS_MIN_STANDARD_HEADERS = 10;

    private static final Set<String> STANDARD_NORMALIZED = new HashSet<>();
    private static final Set<String> STANDARD_COMPACT = new HashSet<>();

    static {
        for (String header : STANDARD_VINFO_HEADERS) {
            STANDARD_NORMALIZED.add(InventoryColumn.normalize(header));
            STANDARD_COMPACT.add(InventoryColumn.compact(header));
        }
        for (String header : OLDER_VINFO_HEADERS) {
            STANDARD_NORMALIZED.add(InventoryColumn.normalize(header));
            STANDARD_COMPACT.add(InventoryColumn.compact(header));
        }
    }

    private final List<String> headers;
    private final int[] columnIndex;
    private final int[] customIndexes;
    private final int standardCount;

    private HeaderMap(List<String> headers, int[] columnIndex, int[] customIndexes, int standardCount) {
        this.headers = headers;
        this.columnIndex = columnIndex;
        this.customIndexes = customIndexes;
        this.standardCount = standardCount;
    }

    /** Maps a header row with the user's options (forced format, mapping file). */
    public static HeaderMap of(List<String> headerRow, ReadOptions options) {
        return of(headerRow);
    }

    /** Maps a header row; {@code null} cells count as blank headers. */
    public static HeaderMap of(List<String> headerRow) {
        List<String> headers = new ArrayList<>(headerRow.size());
        for (String cell : headerRow) {
            headers.add(cell == null ? "" : cell.replace("\uFEFF", "").strip());
        }
        int[] columnIndex = new int[InventoryColumn.values().length];
        Arrays.fill(columnIndex, -1);
        List<Integer> custom = new ArrayList<>();
        Set<String> customSeen = new HashSet<>();
        int standardCount = 0;
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                continue;
            }
            var column = InventoryColumn.forHeader(header);
            boolean standard = isStandardVinfoHeader(header);
            if (standard) {
                standardCount++;
            }
            if (column.isPresent()) {
                if (columnIndex[column.get().ordinal()] < 0) {
                    columnIndex[column.get().ordinal()] = i;
                }
            } else if (!standard && customSeen.add(InventoryColumn.normalize(header))) {
                custom.add(i);
            }
        }
        return new HeaderMap(List.copyOf(headers), columnIndex,
                custom.stream().mapToInt(Integer::intValue).toArray(), standardCount);
    }

    /** Whether a header is one RVTools writes on vInfo (also in the CSV export's "vInfo..." form). */
    public static boolean isStandardVinfoHeader(String header) {
        if (header == null) {
            return false;
        }
        String key = InventoryColumn.normalize(header);
        if (STANDARD_NORMALIZED.contains(key)) {
            return true;
        }
        return InventoryColumn.isTabPrefixed(key)
                && STANDARD_COMPACT.contains(InventoryColumn.compact(key.substring(InventoryColumn.TAB_PREFIX.length())));
    }

    /** The header row as read (trimmed). */
    public List<String> headers() {
        return headers;
    }

    public boolean has(InventoryColumn column) {
        return columnIndex[column.ordinal()] >= 0;
    }

    /** The 0-based cell index of a column, or -1 when the file has no such column. */
    public int indexOf(InventoryColumn column) {
        return columnIndex[column.ordinal()];
    }

    /** The header the file uses for a column ("Memory MB"), or the canonical label when absent. */
    public String headerOf(InventoryColumn column) {
        int i = indexOf(column);
        return i >= 0 ? headers.get(i) : column.label();
    }

    /** The custom attribute headers, in sheet order. */
    public List<String> customAttributeHeaders() {
        List<String> names = new ArrayList<>(customIndexes.length);
        for (int i : customIndexes) {
            names.add(headers.get(i));
        }
        return Collections.unmodifiableList(names);
    }

    /** The 0-based cell indexes of the custom attribute columns, in sheet order. */
    int[] customAttributeIndexes() {
        return customIndexes;
    }

    /** True when the header names the VM: the one column an inventory cannot do without. */
    public boolean isInventoryHeader() {
        return has(InventoryColumn.VM_NAME);
    }

    /** True when the header reads like an RVTools vInfo export rather than a hand-made list. */
    public boolean isRvtoolsLayout() {
        return isInventoryHeader() && standardCount >= RVTOOLS_MIN_STANDARD_HEADERS;
    }

    @Override
    public String toString() {
        return "HeaderMap" + headers;
    }
}
