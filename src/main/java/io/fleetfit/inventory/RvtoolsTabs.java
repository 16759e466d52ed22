package io.fleetfit.inventory;

import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * What an RVTools workbook states about each VM outside vInfo: disks (vDisk), guest partitions
 * (vPartition), network adapters (vNetwork), USB devices (vUSB) and the VM's host (vHost). The
 * tabs are read before vInfo streams; only small per-VM aggregates are kept, so memory grows with
 * the number of VMs, not with the number of disks or adapters.
 *
 * <p>A tab's rows are joined to a vInfo row on "VM UUID" when both sheets have that column, else
 * on VM name plus "VI SDK Server" (the vCenter), else on VM name alone; a row whose key cell is
 * empty falls back to the next key. vHost rows are joined on the vInfo "Host" (plus vCenter).
 *
 * <p>A tab that is present states its facts for every VM: a VM without vUSB rows has 0 USB
 * devices. vUSB counts connected devices only ({@link #isConnectedUsbDevice}): a USB controller
 * with nothing plugged in, or a device that is configured but not connected, is no device a
 * migration has to carry. A tab that is absent leaves its facts unknown ({@code null}) and adds a note. vPartition
 * is the exception on purpose: it lists only what VMware Tools reports from a running guest, so a
 * VM without vPartition rows has unknown, not zero, consumed space. Sizes are MiB; RVTools 3.x's
 * "Capacity MB" and "Consumed MB" are read as {@link HeaderMap} reads vInfo's storage MB (see
 * {@link #MIB_PER_MB}), with a note.
 */
final class RvtoolsTabs {

    /** The name of the sheet every record's facts start from. */
    static final String VINFO = "vInfo";
    static final String MB_NOTE = "vDisk/vPartition sizes labelled MB (RVTools 3.x's name for MiB) read as MiB unchanged";

    /**
     * MiB per "MB" of an RVTools 3.x secondary tab. RVTools 3.x labels MB what 4.x labels MiB, and
     * the same numbers: vInfo's "Total disk capacity" is the sum of vDisk's capacities under either
     * label. {@link HeaderMap} reads vInfo's storage "MB" unchanged, so the tabs must too, or a VM's
     * disks would no longer add up to its vInfo sizes. Were 3.x's MB decimal, this would be
     * 1,000,000 / 1,048,576 (and HeaderMap's storage rule would change with it).
     */
    private static final double MIB_PER_MB = 1.0;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,\\u00A0\\u202F' ])\\d{3}(\\1\\d{3})*(\\.\\d+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[,\\u00A0\\u202F' ]");
    private static final Set<String> VINFO_ONLY = Set.of(VINFO);

    /** The secondary tabs read, in the order they are read and listed in a record's fact sheets. */
    enum Tab {
        VDISK("vDisk", "disk facts"),
        VPARTITION("vPartition", "guest partition usage"),
        VNETWORK("vNetwork", "network adapter facts"),
        VUSB("vUSB", "USB devices"),
        VHOST("vHost", "host ESXi version and CPU model");

        final String sheet;
        final String facts;

        Tab(String sheet, String facts) {
            this.sheet = sheet;
            this.facts = facts;
        }

        String missingNote() {
            return "no " + sheet + " tab: " + facts + " unknown";
        }
    }

    /** How a tab's rows find their vInfo row, strongest first. */
    private enum Key {
        UUID, NAME_AND_VCENTER, NAME;

        Key weaker() {
            return this == UUID ? NAME_AND_VCENTER : this == NAME_AND_VCENTER ? NAME : null;
        }

        /** The map key for these identity cells, or null when a cell this key needs is empty. */
        String of(String uuid, String name, String server) {
            return switch (this) {
                case UUID -> uuid == null ? null : uuid.toLowerCase(Locale.ROOT);
                case NAME_AND_VCENTER -> name == null || server == null ? null : name + '\n' + server.toLowerCase(Locale.ROOT);
                case NAME -> name;
            };
        }
    }

    private final boolean vinfoHasUuid;
    private final boolean vinfoHasServer;
    private final Map<Key, Map<String, VmFacts>> facts = new EnumMap<>(Key.class);
    private final Map<String, HostFacts> hosts = new HashMap<>();
    private final Map<Tab, Key> keys = new EnumMap<>(Tab.class);
    private final Set<Tab> present = EnumSet.noneOf(Tab.class);
    private final Set<Tab> unusable = EnumSet.noneOf(Tab.class);
    private final Set<Tab> megabytes = EnumSet.noneOf(Tab.class);
    /** One instance per distinct adapter type, network, folder and host value, however many VMs share it. */
    private final Map<String, String> pool = new HashMap<>();
    private Set<String> factSheets = VINFO_ONLY;

    /** Joins onto vInfo rows read under {@code vinfo}. */
    RvtoolsTabs(HeaderMap vinfo) {
        this.vinfoHasUuid = vinfo.has(InventoryColumn.VM_UUID);
        this.vinfoHasServer = vinfo.has(InventoryColumn.VI_SDK_SERVER);
        for (Key key : Key.values()) {
            facts.put(key, new HashMap<>());
        }
    }

    /**
     * Reads every secondary tab the workbook has (sheet names match in any case) and returns the
     * joiner. {@code cancelled} is asked before each row, so a closed iterator stops promptly.
     */
    static RvtoolsTabs read(WorkbookSheets workbook, HeaderMap vinfo, BooleanSupplier cancelled) throws Exception {
        RvtoolsTabs tabs = new RvtoolsTabs(vinfo);
        for (Tab tab : Tab.values()) {
            String sheet = WorkbookInventory.sheetNamed(workbook.sheetNames(), tab.sheet);
            if (sheet != null) {
                WorkbookSheets.SheetRows rows = tabs.rows(tab);
                workbook.read(sheet, new WorkbookSheets.SheetRows() {
                    @Override
                    public void row(long rowNumber, List<String> cells) {
                        if (cancelled.getAsBoolean()) {
                            throw new WorkbookInventory.ConsumerFailure(new ReadRowIterator.Cancelled());
                        }
                        rows.row(rowNumber, cells);
                    }

                    @Override
                    public BitSet formatted() {
                        return rows.formatted();
                    }
                });
            }
        }
        tabs.finish();
        return tabs;
    }

    /** The row handler for one tab: its first non-empty row is the header, later rows are aggregated. */
    WorkbookSheets.SheetRows rows(Tab tab) {
        present.add(tab);
        return new TabRows(tab);
    }

    /** Ends reading: fixes the fact sheets every joined record lists. */
    void finish() {
        Set<String> sheets = new LinkedHashSet<>();
        sheets.add(VINFO);
        for (Tab tab : present) {
            sheets.add(tab.sheet);
        }
        factSheets = Collections.unmodifiableSet(sheets);
    }

    /**
     * What the workbook lacks or how it was converted, for the report's inputs table. Missing tabs
     * are named only for an RVTools workbook; a hand-made list never has them.
     */
    List<String> notes(boolean rvtoolsWorkbook) {
        List<String> notes = new ArrayList<>();
        for (Tab tab : Tab.values()) {
            if (unusable.contains(tab)) {
                notes.add(tab.sheet + " tab has no " + (tab == Tab.VHOST ? "Host" : "VM") + " column: "
                        + tab.facts + " unknown");
            } else if (rvtoolsWorkbook && !present.contains(tab)) {
                notes.add(tab.missingNote());
            }
        }
        if (!megabytes.isEmpty()) {
            notes.add(MB_NOTE);
        }
        return notes;
    }

    /** The record with the facts of every present tab filled in, and the tabs listed in its fact sheets. */
    VmRecord join(VmRecord vm) {
        VmRecord.Builder b = vm.toBuilder().factSheets(factSheets);
        if (present.isEmpty()) {
            return b.build();
        }
        String uuid = vm.vmUuid();
        String name = vm.vmName();
        String server = vm.viSdkServer();
        String folder = vm.folder();
        if (present.contains(Tab.VDISK)) {
            VmFacts f = find(Tab.VDISK, uuid, name, server);
            b.diskCount(f == null ? 0 : f.disks)
                    .diskCapacityMib(f == null ? 0L : Math.round(f.diskMib))
                    .rawDeviceMappings(f == null ? 0 : f.rawDisks)
                    .multiWriterDisks(f == null ? 0 : f.multiWriterDisks)
                    .independentDisks(f == null ? 0 : f.independentDisks);
            if (folder == null && f != null) {
                folder = f.diskFolder;
            }
        }
        if (present.contains(Tab.VPARTITION)) {
            VmFacts f = find(Tab.VPARTITION, uuid, name, server);
            b.partitionConsumedMib(f == null || f.partitions == 0 ? null : Math.round(f.consumedMib));
        }
        if (present.contains(Tab.VNETWORK)) {
            VmFacts f = find(Tab.VNETWORK, uuid, name, server);
            b.nicAdapterTypes(f == null ? null : f.adapters)
                    .passthroughNics(f == null ? 0 : f.passthroughNics)
                    .networks(f == null ? null : f.networks);
            if (folder == null && f != null) {
                folder = f.networkFolder;
            }
        }
        if (present.contains(Tab.VUSB)) {
            VmFacts f = find(Tab.VUSB, uuid, name, server);
            b.usbDevices(f == null ? 0 : f.usbDevices);
        }
        if (present.contains(Tab.VHOST) && vm.host() != null) {
            HostFacts h = hostFacts(vm.host(), server);
            if (h != null) {
                b.esxiVersion(h.esxiVersion).hostCpuModel(h.cpuModel);
            }
        }
        return b.folder(folder).build();
    }

    /** The aggregate a tab holds for a vInfo row: the strongest key with a value that has one, else null. */
    private VmFacts find(Tab tab, String uuid, String name, String server) {
        for (Key key = keys.get(tab); key != null; key = key.weaker()) {
            String k = key.of(uuid, name, server);
            if (k != null) {
                VmFacts f = facts.get(key).get(k);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private HostFacts hostFacts(String host, String server) {
        HostFacts h = server == null ? null : hosts.get(hostKey(host, server));
        return h != null ? h : hosts.get(hostKey(host, null));
    }

    private static String hostKey(String host, String server) {
        return server == null ? host.toLowerCase(Locale.ROOT) : host.toLowerCase(Locale.ROOT) + '\n' + server.toLowerCase(Locale.ROOT);
    }

    private String pooled(String value) {
        if (value == null) {
            return null;
        }
        String existing = pool.putIfAbsent(value, value);
        return existing == null ? value : existing;
    }

    /** A size cell in the tab's unit, as MiB; null when empty or not a non-negative number. */
    static Double mib(String cell, boolean megabytes) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        if (GROUPED.matcher(s).matches()) {
            s = GROUP_SEPARATOR.matcher(s).replaceAll("");
        }
        double value;
        try {
            value = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            return null;
        }
        return megabytes ? value * MIB_PER_MB : value;
    }

    static boolean isTrue(String cell) {
        if (cell == null) {
            return false;
        }
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("yes") || s.equals("1");
    }

    /** SR-IOV and PCI passthrough adapters ("SriovEthernetCard", "PCIPassthru", "SR-IOV"): hardware, not emulation. */
    static boolean isPassthroughAdapter(String adapter) {
        String a = compact(adapter);
        return a.contains("sriov") || a.contains("passthru") || a.contains("passthrough");
    }

    /** "sharingMultiWriter" (vSphere's value), "Multi-Writer" and the like. */
    static boolean isMultiWriter(String sharingMode) {
        return compact(sharingMode).contains("multiwriter");
    }

    /**
     * Whether a vUSB row is a USB device connected to its VM (a dongle, a token, a card reader),
     * the only kind that ties a workload to its host. RVTools' vUSB columns are "Device Node" (the
     * device's label, as in vCD: "USB xHCI controller", "USB 1"), "Device Type", "Connected" and
     * "Powerstate" among others; each argument is the row's cell, null when the column is absent or
     * the cell empty.
     *
     * <ul>
     *   <li>A USB controller ({@link #isUsbController}, by its Device Type or its Device Node) is no
     *       device: KubeVirt migrations drop it.</li>
     *   <li>"Connected" = False on a running VM is a device configured but not connected (vSphere
     *       connects it only when its autoconnect pattern finds the device): nothing to carry.</li>
     *   <li>vSphere's connected flag is valid only while the VM runs, so on a VM that is not
     *       powered on a configured device counts whatever the flag says, as it would once the VM
     *       starts.</li>
     *   <li>Without a "Connected" column (or with the cell empty) every device row counts, as
     *       before the column was read: nothing says the device is not there.</li>
     * </ul>
     */
    static boolean isConnectedUsbDevice(String deviceType, String deviceNode, String connected, String powerState) {
        if (deviceType != null && isUsbController(deviceType) || deviceNode != null && isUsbController(deviceNode)) {
            return false;
        }
        if (connected == null || powerState != null && !powerState.strip().equalsIgnoreCase("poweredOn")) {
            return true;
        }
        return !isFalse(connected);
    }

    /**
     * A vUSB "Device Type" or "Device Node" naming a USB controller rather than a device: vSphere's
     * "VirtualUSBController" and "VirtualUSBXHCIController", "USB controller", "USB xHCI
     * controller", "EHCI+UHCI".
     */
    static boolean isUsbController(String deviceType) {
        String t = compact(deviceType);
        return t.contains("controller") || t.contains("xhci") || t.contains("ehci") || t.contains("uhci") || t.contains("ohci");
    }

    static boolean isFalse(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return s.equals("false") || s.equals("no") || s.equals("0");
    }

    /** "independent_persistent", "independent_nonpersistent": excluded from snapshots. */
    static boolean isIndependent(String diskMode) {
        return diskMode.strip().toLowerCase(Locale.ROOT).startsWith("independent");
    }

    private static String compact(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = Character.toLowerCase(value.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Adds a value to a ';'-separated list unless it is already there. */
    private String addDistinct(String list, String value) {
        if (list == null) {
            return pooled(value);
        }
        int from = 0;
        while (from <= list.length()) {
            int end = list.indexOf(';', from);
            end = end < 0 ? list.length() : end;
            if (list.regionMatches(from, value, 0, value.length()) && end - from == value.length()) {
                return list;
            }
            from = end + 1;
        }
        return pooled(list + ";" + value);
    }

    /** Per-VM aggregates of every VM tab; one instance per VM and key, shared by the tabs keyed alike. */
    private static final class VmFacts {
        int disks;
        double diskMib;
        int rawDisks;
        int multiWriterDisks;
        int independentDisks;
        String diskFolder;
        int partitions;
        double consumedMib;
        String adapters;
        String networks;
        int passthroughNics;
        String networkFolder;
        int usbDevices;                  // connected devices, not controllers
    }

    private record HostFacts(String esxiVersion, String cpuModel) {
    }

    /** Where the columns fleetfit reads sit in one tab's header row (-1: absent). */
    private static final class Columns {
        final int vm;
        final int uuid;
        final int server;
        final int folder;
        final int host;
        final int size;
        final boolean sizeInMb;
        final int raw;
        final int diskMode;
        final int sharingMode;
        final int adapter;
        final int network;
        final int esxVersion;
        final int cpuModel;
        final int deviceType;
        final int deviceNode;
        final int connected;
        final int powerState;
        /** Every column above that the tab has: the only ones {@link TabRows} reads. */
        final BitSet read = new BitSet();

        Columns(Tab tab, List<String> header) {
            List<String> names = new ArrayList<>(header.size());
            for (String cell : header) {
                names.add(cell == null ? "" : cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            }
            vm = names.indexOf("vm");
            uuid = names.indexOf("vm uuid");
            server = names.indexOf("vi sdk server");
            folder = names.indexOf("folder");
            host = names.indexOf("host");
            String sizeHeader = tab == Tab.VDISK ? "capacity" : "consumed";
            int mib = names.indexOf(sizeHeader + " mib");
            int mb = names.indexOf(sizeHeader + " mb");
            size = mib >= 0 ? mib : mb;
            sizeInMb = mib < 0 && mb >= 0 && (tab == Tab.VDISK || tab == Tab.VPARTITION);
            raw = names.indexOf("raw");
            diskMode = names.indexOf("disk mode");
            sharingMode = names.indexOf("sharing mode");
            adapter = names.indexOf("adapter");
            network = names.indexOf("network");
            esxVersion = names.indexOf("esx version");
            cpuModel = names.indexOf("cpu model");
            deviceType = names.indexOf("device type");
            deviceNode = names.indexOf("device node");
            connected = names.indexOf("connected");
            powerState = names.indexOf("powerstate");
            for (int i : new int[] {vm, uuid, server, folder, host, size, raw, diskMode, sharingMode, adapter, network,
                    esxVersion, cpuModel, deviceType, deviceNode, connected, powerState}) {
                if (i >= 0) {
                    read.set(i);
                }
            }
        }
    }

    /** Aggregates one tab's rows into the per-VM (or per-host) facts. */
    private final class TabRows implements WorkbookSheets.SheetRows {
        private final Tab tab;
        private Columns columns;
        private Key key;

        TabRows(Tab tab) {
            this.tab = tab;
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (RowParser.isBlank(cells)) {
                return;
            }
            if (columns == null) {
                header(cells);
                return;
            }
            if (tab == Tab.VHOST) {
                host(cells);
                return;
            }
            VmFacts f = factsFor(cell(cells, columns.uuid), cell(cells, columns.vm), cell(cells, columns.server));
            if (f == null) {
                return;                     // a totals or hand-added row names no VM
            }
            switch (tab) {
                case VDISK -> disk(f, cells);
                case VPARTITION -> partition(f, cells);
                case VNETWORK -> network(f, cells);
                case VUSB -> usb(f, cells);
                default -> throw new IllegalStateException(tab.name());
            }
        }

        @Override
        public BitSet formatted() {
            return columns == null ? null : columns.read;
        }

        private void header(List<String> cells) {
            columns = new Columns(tab, cells);
            boolean identified = tab == Tab.VHOST ? columns.host >= 0 : columns.vm >= 0 || columns.uuid >= 0;
            if (!identified) {
                present.remove(tab);
                unusable.add(tab);
                throw new WorkbookSheets.StopReading();
            }
            if (columns.sizeInMb) {
                megabytes.add(tab);
            }
            if (vinfoHasUuid && columns.uuid >= 0) {
                key = Key.UUID;
            } else if (vinfoHasServer && columns.server >= 0 && columns.vm >= 0) {
                key = Key.NAME_AND_VCENTER;
            } else {
                key = Key.NAME;
            }
            keys.put(tab, key);
        }

        private VmFacts factsFor(String uuid, String name, String server) {
            for (Key k = key; k != null; k = k.weaker()) {
                String id = k.of(uuid, name, server);
                if (id != null) {
                    return facts.get(k).computeIfAbsent(id, x -> new VmFacts());
                }
            }
            return null;
        }

        private void disk(VmFacts f, List<String> cells) {
            f.disks++;
            Double capacity = mib(cell(cells, columns.size), columns.sizeInMb);
            if (capacity != null) {
                f.diskMib += capacity;
            }
            if (isTrue(cell(cells, columns.raw))) {
                f.rawDisks++;
            }
            String mode = cell(cells, columns.diskMode);
            if (mode != null && isIndependent(mode)) {
                f.independentDisks++;
            }
            String sharing = cell(cells, columns.sharingMode);
            if (sharing != null && isMultiWriter(sharing)) {
                f.multiWriterDisks++;
            }
            if (f.diskFolder == null) {
                f.diskFolder = pooled(cell(cells, columns.folder));
            }
        }

        private void partition(VmFacts f, List<String> cells) {
            f.partitions++;
            Double consumed = mib(cell(cells, columns.size), columns.sizeInMb);
            if (consumed != null) {
                f.consumedMib += consumed;
            }
        }

        private void usb(VmFacts f, List<String> cells) {
            if (isConnectedUsbDevice(cell(cells, columns.deviceType), cell(cells, columns.deviceNode), cell(cells, columns.connected),
                    cell(cells, columns.powerState))) {
                f.usbDevices++;
            }
        }

        private void network(VmFacts f, List<String> cells) {
            String adapter = cell(cells, columns.adapter);
            if (adapter != null) {
                f.adapters = addDistinct(f.adapters, adapter);
                if (isPassthroughAdapter(adapter)) {
                    f.passthroughNics++;
                }
            }
            String network = cell(cells, columns.network);
            if (network != null) {
                f.networks = addDistinct(f.networks, network);
            }
            if (f.networkFolder == null) {
                f.networkFolder = pooled(cell(cells, columns.folder));
            }
        }

        private void host(List<String> cells) {
            String host = cell(cells, columns.host);
            if (host == null) {
                return;
            }
            String server = vinfoHasServer ? cell(cells, columns.server) : null;
            HostFacts facts = new HostFacts(pooled(cell(cells, columns.esxVersion)), pooled(cell(cells, columns.cpuModel)));
            hosts.putIfAbsent(hostKey(host, server), facts);
            if (server != null) {
                hosts.putIfAbsent(hostKey(host, null), facts);
            }
        }
    }

    /** A cell's trimmed text, or null when absent or blank. */
    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }
}
