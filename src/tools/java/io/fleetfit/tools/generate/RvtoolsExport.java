package io.fleetfit.tools.generate;

import io.fleetfit.inventory.HeaderMap;
import io.fleetfit.tools.generate.OpenXmlWorkbook.Column;
import io.fleetfit.tools.generate.OpenXmlWorkbook.Kind;
import io.fleetfit.tools.generate.OpenXmlWorkbook.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A synthetic estate written as RVTools 4.7.1.4 writes its export ({@code jobs/generate --shape
 * rvtools}): all 27 tabs with the headers of a real 4.7.1.4 export that carries three vCenter custom
 * attributes ("Backup status", "ClusterInvariantVMMId", "Last backup", after "Annotation" in every
 * VM tab), written by {@link OpenXmlWorkbook} part for part as RVTools writes them: shared strings,
 * every cell of a row present, dates as serial numbers with a date style.
 *
 * <p>Shape, measured on the real exports in {@code real-inventories/rvtools} (rows per vInfo row:
 * vDisk 1.5-3.0, vNetwork 1.0-1.35, vPartition 0.9-5.1, vCPU, vMemory and vTools 1.0, vCD 0.7-1.0,
 * vHealth 0.6-1.8; 9-30 VMs per host; data disks of 90-276 GiB on average): every VM has 2-4 disks
 * (2.5 on average, so vDisk holds more XML than vInfo; data disks of 50-290 GiB, one in 20 of
 * 0.5-2 TiB) and 1-2 network adapters (1.15); a VM whose VMware Tools run reports one
 * partition per disk, plus /boot on Linux; 90 % of VMs have a CD drive, 8 % of running ones 1-3
 * snapshots; 25 VMs per host, 16 hosts per cluster, 8 clusters per datacenter, 12 datastores per
 * cluster. Every vInfo cell holds a value, as in the worst case a reader meets; where a real export
 * leaves a vInfo cell empty, a value vCenter could report stands in (a cluster rule for licensing,
 * an unset time as RVTools writes it, the VM's folder).
 *
 * <p>Roles, operating systems, power states and the rare hardware couplings (raw device mappings,
 * multi-writer disks, SR-IOV adapters, USB devices) are drawn so that fleetfit's verdicts spread
 * as in a real estate. Deterministic: the same VM count and seed give the same bytes; every VM is
 * drawn from its own seeded generator, so VM {@code i} is the same in every tab.
 *
 * <p>Run: {@code java -Xmx4g -cp target/fleetfit.jar:target/fleetfit-tools.jar io.fleetfit.tools.generate.RvtoolsExport OUT.xlsx [VMS] [SEED] [--inline-strings]}
 */
public final class RvtoolsExport {

    public static final long DEFAULT_SEED = RvtoolsFleet.DEFAULT_SEED;
    static final String DOMAIN = "fleet.example";
    static final String VCENTER = "vc01." + DOMAIN;
    static final LocalDateTime EXPORTED = LocalDateTime.of(2025, 6, 2, 9, 41, 17);
    /** The time RVTools writes where vCenter knows none: 1970-01-01 in the exporting machine's time zone. */
    static final LocalDateTime UNSET = LocalDateTime.of(1970, 1, 1, 1, 0);
    private static final String VCENTER_BUILD = "VMware vCenter Server 8.0.3 build-24322831";
    private static final String API_VERSION = "8.0.3.0";
    static final int VMS_PER_HOST = 25;
    static final int HOSTS_PER_CLUSTER = 16;
    static final int CLUSTERS_PER_DATACENTER = 8;
    static final int DATASTORES_PER_CLUSTER = 12;
    static final String[] SITES = {"FRA1", "AMS1", "DUB1", "PAR1", "MAD1", "MIL1", "VIE1", "WAW1", "ZRH1", "CPH1"};
    private static final String[] APPS = {"CRM", "PAY", "HRM", "SHOP", "BILL", "LOGI", "RPT", "IDM", "DWH", "CLM",
        "TRADE", "TKT", "ERP", "CMS", "GIS"};
    private static final String[] APP_NAMES = {"Customer Relations", "Payments", "HR Management", "Web Shop", "Billing",
        "Logistics", "Reporting", "Identity Management", "Data Warehouse", "Claims", "Trading", "Ticketing", "ERP",
        "Content Management", "Geo Services"};
    private static final String[] OWNERS = {"J. Müller", "A. Jansen", "M. Rossi", "S. Nowak", "L. García", "K. O'Brien",
        "P. Dubois", "E. Novák", "T. Schäfer", "R. Costa"};
    private static final String[] PORT_GROUPS = {"Web", "App", "Data", "Mgmt", "Backup", "DMZ", "PCI", "Citrix", "Dev",
        "Test", "Infra", "Storage", "K8s", "Batch", "Monitoring", "Legacy", "Partner", "Print", "VoIP", "Lab", "Kiosk",
        "Office", "Guest", "Reserve"};
    private static final String[] HARD_DISK = {"Hard disk 1", "Hard disk 2", "Hard disk 3", "Hard disk 4"};
    private static final String[] DISK_KEY = {"2000", "2001", "2002", "2003"};
    private static final String[] NIC_LABEL = {"Network adapter 1", "Network adapter 2"};
    private static final String[] VAPPS = java.util.Arrays.stream(APPS).map(a -> "vApp-" + a).toArray(String[]::new);
    private static final DateTimeFormatter LAST_BACKUP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter HEALTH_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.ROOT);

    /** The three vCenter custom attributes of the estate, as one real 4.7.1.4 export carries them. */
    public static final List<String> CUSTOM_ATTRIBUTES = List.of("Backup status", "ClusterInvariantVMMId", "Last backup");

    /** vInfo's header: RVTools 4.7.1.4's 90 columns, the custom attributes after "Annotation". */
    public static final List<String> VINFO_HEADER = vInfoHeader();

    // The headers of each tab, in RVTools 4.7.1.4's order; ":d" marks a date column, ":n" an integer
    // column, ":f" and ":g" decimals with four and two places, ":m" vMetaData's unstyled cells.
    private static final String ATTRIBUTES = "|Annotation|Backup status|ClusterInvariantVMMId|Last backup|Datacenter|Cluster|Host|Folder";
    private static final String OS = "|OS according to the configuration file|OS according to the VMware Tools";
    private static final String SDK = "|VI SDK Server|VI SDK UUID";
    private static final String VM_HEAD = "VM|Powerstate|Template|SRM Placeholder";

    private RvtoolsExport() {
    }

    private static List<String> vInfoHeader() {
        List<String> header = new ArrayList<>(HeaderMap.STANDARD_VINFO_HEADERS);
        header.addAll(header.indexOf("Annotation") + 1, CUSTOM_ATTRIBUTES);
        return List.copyOf(header);
    }

    /** Writes {@code OUT.xlsx [VMS (default 20000)] [SEED] [--inline-strings]} and prints the rows of every tab. */
    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean inline = rest.remove("--inline-strings");
        if (rest.isEmpty()) {
            System.err.println("usage: RvtoolsExport OUT.xlsx [VMS] [SEED] [--inline-strings]");
            System.exit(2);
        }
        Path file = Path.of(rest.get(0));
        int vms = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 20_000;
        long seed = rest.size() > 2 ? Long.parseLong(rest.get(2)) : DEFAULT_SEED;
        long start = System.nanoTime();
        Map<String, Integer> rows = write(file, vms, seed, !inline);
        System.out.printf(Locale.ROOT, "Wrote %s: %d VMs, %,d bytes, in %.1f s%n", file, vms, Files.size(file),
                (System.nanoTime() - start) / 1e9);
        rows.forEach((sheet, n) -> System.out.printf(Locale.ROOT, "  %-10s %,9d data rows%n", sheet, n));
    }

    /** Writes the workbook to a file and returns the data rows written per sheet. */
    public static Map<String, Integer> write(Path file, int vms, long seed, boolean sharedStrings) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return write(out, vms, seed, sharedStrings);
        }
    }

    /** Writes the workbook and returns the data rows written per sheet, in sheet order. */
    public static Map<String, Integer> write(OutputStream out, int vms, long seed, boolean sharedStrings) throws IOException {
        Estate estate = new Estate(vms, seed);
        String coreName = String.format(Locale.ROOT, "%016x%016x", new SplittableRandom(seed).nextLong(),
                new SplittableRandom(~seed).nextLong());
        return new OpenXmlWorkbook(sharedStrings, EXPORTED, coreName).write(out, sheets(estate));
    }

    /**
     * Writes the estate's vInfo tab as CSV (same VMs and columns as the workbook of the same count
     * and seed): numbers as integers, booleans as True/False, dates as {@code yyyy/MM/dd HH:mm:ss}.
     * Returns the data rows written.
     */
    public static int writeVInfoCsv(java.io.Writer out, int vms, long seed) throws IOException {
        com.opencsv.ICSVWriter csv = new com.opencsv.CSVWriterBuilder(out).withLineEnd("\r\n").build();
        Sheet<Vm> vInfo = vInfo(new Estate(vms, seed));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
        csv.writeNext(vInfo.columns().stream().map(Column::header).toArray(String[]::new), false);
        String[] cells = new String[vInfo.columns().size()];
        int rows = 0;
        for (Vm vm : vInfo.rows()) {
            for (int c = 0; c < cells.length; c++) {
                Object value = vInfo.columns().get(c).value().apply(vm);
                cells[c] = value == null ? "" : value instanceof LocalDateTime d ? date.format(d)
                        : value instanceof Boolean b ? (b ? "True" : "False")
                        : value instanceof Double d ? OpenXmlWorkbook.decimal(d) : value.toString();
            }
            csv.writeNext(cells, false);
            rows++;
        }
        csv.flush();
        return rows;
    }

    /** The 27 tabs in RVTools' order. */
    static List<Sheet<?>> sheets(Estate e) {
        List<Sheet<?>> sheets = new ArrayList<>();
        sheets.add(vInfo(e));
        sheets.add(vmSheet("vCPU", VM_HEAD + "|CPUs:n|Sockets:n|Cores p/s:n|Max:n|Overall:n|Level|Shares:n|Reservation:n"
                + "|Entitlement:n|DRS Entitlement:n|Limit:n|Hot Add|Hot Remove|Numa Hotadd Exposed" + ATTRIBUTES + OS
                + "|VM ID|VM UUID" + SDK, e.vmRows(), Function.identity(), RvtoolsExport::cpu));
        sheets.add(vmSheet("vMemory", VM_HEAD + "|Size MiB:n|Memory Reservation Locked To Max|Overhead:n|Max:n"
                + "|Consumed:n|Consumed Overhead:n|Private:n|Shared:n|Swapped:n|Ballooned:n|Active:n|Entitlement:n"
                + "|DRS Entitlement:n|Level|Shares:n|Reservation:n|Limit:n|Hot Add" + ATTRIBUTES + OS + "|VM ID|VM UUID" + SDK,
                e.vmRows(), Function.identity(), RvtoolsExport::memory));
        sheets.add(vmSheet("vDisk", VM_HEAD + "|Disk|Disk Key|Disk UUID|Disk Path|Capacity MiB:n|Raw|Disk Mode"
                + "|Sharing mode|Thin|Eagerly Scrub|Split|Write Through|Level|Shares:n|Reservation:n|Limit:n|Controller"
                + "|Label|SCSI Unit #:n|Unit #:n|Shared Bus|Path|Raw LUN ID|Raw Comp. Mode|Internal Sort Column"
                + ATTRIBUTES + OS + "|VM ID|VM UUID" + SDK, e.items(vm -> vm.disks.length), Item::vm, RvtoolsExport::disk));
        sheets.add(vmSheet("vPartition", VM_HEAD + "|Disk Key|Disk|Capacity MiB:n|Consumed MiB:n|Free MiB:n|Free %:n"
                + "|Internal Sort Column" + ATTRIBUTES + OS + "|VM ID|VM UUID" + SDK,
                e.items(vm -> vm.partitions.length), Item::vm, RvtoolsExport::partition));
        sheets.add(vmSheet("vNetwork", VM_HEAD + "|NIC label|Adapter|Network|Switch|Connected|Starts Connected"
                + "|Mac Address|Type|IPv4 Address|IPv6 Address|Direct Path IO|Internal Sort Column" + ATTRIBUTES + OS
                + "|VM ID|VM UUID" + SDK, e.items(vm -> vm.nics.length), Item::vm, RvtoolsExport::nic));
        sheets.add(vmSheet("vCD", VM_HEAD + "|Device Node|Connected|Starts Connected|Device Type" + ATTRIBUTES + OS
                + "|VMRef|VM ID|VM UUID" + SDK, e.items(vm -> vm.cd ? 1 : 0), Item::vm, RvtoolsExport::cd));
        sheets.add(vmSheet("vUSB", VM_HEAD + "|Device Node|Device Type|Connected|Family|Speed|EHCI enabled"
                + "|Auto connect|Bus number:n|Unit number:n" + ATTRIBUTES
                + "|OS according to the configuration file|OS according to the VMware tools|VMRef|VM ID|VM UUID" + SDK,
                e.items(vm -> vm.usb ? 1 : 0), Item::vm, RvtoolsExport::usb));
        sheets.add(vmSheet("vSnapshot", "VM|Powerstate|Name|Description|Date / time:d|Filename|Size MiB (vmsn):f"
                + "|Size MiB (total):f|Quiesced|State" + ATTRIBUTES + OS + "|VM ID|VM UUID" + SDK,
                e.items(vm -> vm.snapshots.length), Item::vm, RvtoolsExport::snapshot));
        sheets.add(vmSheet("vTools", VM_HEAD + "|VM Version:n|Tools|Tools Version:n|Required Version:n|Upgradeable"
                + "|Upgrade Policy|Sync time|App status|Heartbeat status|Kernel Crash state|Operation Ready"
                + "|State change support|Interactive Guest" + ATTRIBUTES + OS + "|VMRef|VM ID|VM UUID" + SDK,
                e.vmRows(), Function.identity(), RvtoolsExport::tools));
        sheets.add(sheet("vSource", "Name|OS type|API type|API version|Version|Patch level|Build|Fullname|Product name"
                + "|Product version|Product line|Vendor" + SDK, List.of(e), RvtoolsExport::source));
        sheets.add(sheet("vRP", "Resource Pool name|Resource Pool path|Status|# VMs total:n|# VMs:n|# vCPUs:n"
                + "|CPU limit:n|CPU overheadLimit:n|CPU reservation:n|CPU level|CPU shares:n|CPU expandableReservation"
                + "|CPU maxUsage:n|CPU overallUsage:n|CPU reservationUsed:n|CPU reservationUsedForVm:n"
                + "|CPU unreservedForPool:n|CPU unreservedForVm:n|Mem Configured:n|Mem limit:n|Mem overheadLimit:n"
                + "|Mem reservation:n|Mem level|Mem shares:n|Mem expandableReservation|Mem maxUsage:n|Mem overallUsage:n"
                + "|Mem reservationUsed:n|Mem reservationUsedForVm:n|Mem unreservedForPool:n|Mem unreservedForVm:n"
                + "|QS overallCpuDemand:n|QS overallCpuUsage:n|QS staticCpuEntitlement:n|QS distributedCpuEntitlement:n"
                + "|QS balloonedMemory:n|QS compressedMemory:n|QS consumedOverheadMemory:n"
                + "|QS distributedMemoryEntitlement:n|QS guestMemoryUsage:n|QS hostMemoryUsage:n|QS overheadMemory:n"
                + "|QS privateMemory:n|QS sharedMemory:n|QS staticMemoryEntitlement:n|QS swappedMemory:n|Object ID" + SDK,
                e.clusters, RvtoolsExport::resourcePool));
        sheets.add(sheet("vCluster", "Name|Config status|OverallStatus|NumHosts:n|numEffectiveHosts:n|TotalCpu:n"
                + "|NumCpuCores:n|NumCpuThreads:n|Effective Cpu:n|TotalMemory:n|Effective Memory:n|Num VMotions:n"
                + "|HA enabled|Failover Level:n|AdmissionControlEnabled|Host monitoring|HB Datastore Candidate Policy"
                + "|Isolation Response|Restart Priority|Cluster Settings|Max Failures:n|Max Failure Window:n"
                + "|Failure Interval:n|Min Up Time:n|VM Monitoring|DRS enabled|DRS default VM behavior"
                + "|DRS vmotion rate:n|DPM enabled|DPM default behavior|DPM Host Power Action Rate:n|Object ID"
                + "|Backup status|ClusterInvariantVMMId|com.vmware.vcenter.cluster.edrs.upgradeHostAdded|Last backup" + SDK,
                e.clusters, RvtoolsExport::cluster));
        sheets.add(sheet("vHost", "Host|Datacenter|Cluster|Config status|Compliance Check State|in Maintenance Mode"
                + "|in Quarantine Mode|vSAN Fault Domain Name|CPU Model|Speed:n|HT Available|HT Active|# CPU:n"
                + "|Cores per CPU:n|# Cores:n|CPU usage %:n|# Memory:n|Memory Tiering Type|Memory usage %:n|Console:n"
                + "|# NICs:n|# HBAs:n|# VMs total:n|# VMs:n|VMs per Core:g|# vCPUs:n|vCPUs per Core:g|vRAM:n"
                + "|VM Used memory:n|VM Memory Swapped:n|VM Memory Ballooned:n|VMotion support|Storage VMotion support"
                + "|Current EVC|Max EVC|Assigned License(s)|ATS Heartbeat|ATS Locking|Current CPU power man. policy"
                + "|Supported CPU power man.|Host Power Policy|ESX Version|Boot time:d|DNS Servers|DHCP|Domain|Domain List"
                + "|DNS Search Order|NTP Server(s)|NTPD running|Time Zone|Time Zone Name|GMT Offset|Vendor|Model"
                + "|Serial number|Service tag|OEM specific string|BIOS Vendor|BIOS Version|BIOS Date:d|Certificate Issuer"
                + "|Certificate Start Date:d|Certificate Expiry Date:d|Certificate Status|Certificate Subject|Object ID"
                + "|AutoDeploy.MachineIdentity|Backup status|ClusterInvariantVMMId|Last backup|UUID" + SDK,
                e.hosts, RvtoolsExport::host));
        sheets.add(sheet("vHBA", "Host|Datacenter|Cluster|Device|Type|Status|Bus|Pci|Driver|Model|WWN" + SDK,
                e.hostItems(3), RvtoolsExport::hba));
        sheets.add(sheet("vNIC", "Host|Datacenter|Cluster|Network Device|Driver|Speed:n|Duplex|MAC|Switch|Uplink port"
                + "|PCI|WakeOn" + SDK, e.hostItems(4), RvtoolsExport::hostNic));
        sheets.add(sheet("vSwitch", "Host|Datacenter|Cluster|Switch|# Ports:n|Free Ports:n|Promiscuous Mode|Mac Changes"
                + "|Forged Transmits|Traffic Shaping|Width:n|Peak:n|Burst:n|Policy|Reverse Policy|Notify Switch"
                + "|Rolling Order|Offload|TSO|Zero Copy Xmit|MTU:n" + SDK, e.hostItems(1), RvtoolsExport::vSwitch));
        sheets.add(sheet("vPort", "Host|Datacenter|Cluster|Port Group|Switch|VLAN|Promiscuous Mode|Mac Changes"
                + "|Forged Transmits|Traffic Shaping|Width:n|Peak:n|Burst:n|Policy|Reverse Policy|Notify Switch"
                + "|Rolling Order|Offload|TSO|Zero Copy Xmit" + SDK, e.hostItems(4), RvtoolsExport::port));
        sheets.add(sheet("dvSwitch", "Switch|Datacenter|Name|Vendor|Version|Description|Created:d|Host members"
                + "|Max Ports:n|# Ports:n|# VMs:n|In Traffic Shaping|In Avg:n|In Peak:n|In Burst:n|Out Traffic Shaping"
                + "|Out Avg:n|Out Peak:n|Out Burst:n|CDP Type|CDP Operation|LACP Name|LACP Mode|LACP Load Balance Alg."
                + "|Max MTU:n|Contact|Admin Name|Object ID|Backup status|ClusterInvariantVMMId|Last backup" + SDK,
                e.datacenters, RvtoolsExport::dvSwitch));
        sheets.add(sheet("dvPort", "Port|Switch|Type|# Ports:n|VLAN:n|Speed:n|Full Duplex|Blocked|Allow Promiscuous"
                + "|Mac Changes|Active Uplink|Standby Uplink|Policy|Forged Transmits|In Traffic Shaping|In Avg:n|In Peak:n"
                + "|In Burst:n|Out Traffic Shaping|Out Avg:n|Out Peak:n|Out Burst:n|Reverse Policy|Notify Switch"
                + "|Rolling Order|Check Beacon|Live Port Moving|Check Duplex|Check Error %|Check Speed|Percentage:n"
                + "|Block Override|Config Reset|Shaping Override|Vendor Config Override|Sec. Policy Override"
                + "|Teaming Override|Vlan Override|Object ID" + SDK, e.portGroups(), RvtoolsExport::dvPort));
        sheets.add(sheet("vSC_VMK", "Host|Datacenter|Cluster|Port Group|Device|Mac Address|DHCP|IP Address|IP 6 Address"
                + "|Subnet mask|Gateway|IP 6 Gateway|MTU:n" + SDK, e.hostItems(2), RvtoolsExport::vmk));
        sheets.add(sheet("vDatastore", "Name|Config status|Address|Accessible|Type|# VMs total:n|# VMs:n|Capacity MiB:n"
                + "|Provisioned MiB:n|In Use MiB:n|Free MiB:n|Free %:n|SIOC enabled|SIOC Threshold:n|# Hosts:n|Hosts"
                + "|Cluster name|Cluster capacity MiB:n|Cluster free space MiB:n|Block size:n|Max Blocks:n|# Extents:n"
                + "|Major Version:n|Version|VMFS Upgradeable|MHA|URL|Object ID|Backup status|ClusterInvariantVMMId"
                + "|Last backup" + SDK, e.datastores, RvtoolsExport::datastore));
        sheets.add(sheet("vMultiPath", "Host|Cluster|Datacenter|Datastore|Disk|Display name|Policy|Oper. State"
                + "|Path 1|Path 1 state|Path 2|Path 2 state|Path 3|Path 3 state|Path 4|Path 4 state|Path 5|Path 5 state"
                + "|Path 6|Path 6 state|Path 7|Path 7 state|Path 8|Path 8 state|vStorage|Queue depth|Vendor|Model"
                + "|Revision|Level|Serial #|UUID|Object ID" + SDK, e.hostItems(DATASTORES_PER_CLUSTER), RvtoolsExport::multiPath));
        sheets.add(sheet("vLicense", "Name|Key|Labels|Cost Unit|Total:n|Used:n|Expiration Date:d|Features" + SDK,
                e.licenses(), RvtoolsExport::license));
        sheets.add(sheet("vFileInfo", "Friendly Path Name|File Name|File Type|File Size in bytes:n|Path"
                + "|Internal Sort Column" + SDK, List.of(e), RvtoolsExport::fileInfo));
        sheets.add(sheet("vHealth", "Name|Message|Message type" + SDK, e.health, v -> health(v, e.sdkUuid)));
        Sheet<Estate> meta = sheet("vMetaData", "RVTools major version:m|RVTools version:m|xlsx creation datetime:m|Server:m",
                List.of(e), RvtoolsExport::metaData);
        sheets.add(new Sheet<>(meta.name(), meta.columns(), meta.rows(), false));
        return sheets;
    }

    // ---------------------------------------------------------------------------------------------
    // Columns: each tab's values by header; every header of a tab must have one, and no more.

    /** Values for the columns every VM tab shares. */
    private static Map<String, Function<Vm, Object>> vmCommon() {
        Map<String, Function<Vm, Object>> v = new HashMap<>();
        v.put("VM", vm -> vm.name);
        v.put("Powerstate", Vm::powerState);
        v.put("Template", vm -> vm.template);
        v.put("SRM Placeholder", vm -> false);
        v.put("Annotation", vm -> vm.annotation);
        v.put("Backup status", vm -> vm.backupStatus);
        v.put("ClusterInvariantVMMId", vm -> vm.invariantId);
        v.put("Last backup", vm -> vm.lastBackupText);
        v.put("Datacenter", vm -> vm.host.cluster.dc.name);
        v.put("Cluster", vm -> vm.host.cluster.name);
        v.put("Host", vm -> vm.host.name);
        v.put("Folder", vm -> vm.folder);
        v.put("OS according to the configuration file", vm -> vm.os.config);
        v.put("OS according to the VMware Tools", vm -> vm.os.tools);
        v.put("OS according to the VMware tools", vm -> vm.os.tools);
        v.put("VMRef", vm -> vm.vmRefText);
        v.put("VM ID", vm -> vm.vmId);
        v.put("VM UUID", vm -> vm.uuid);
        v.put("VI SDK Server", vm -> VCENTER);
        v.put("VI SDK UUID", vm -> vm.estate.sdkUuid);
        return v;
    }

    private static Sheet<Vm> vInfo(Estate e) {
        String spec = String.join("|", VINFO_HEADER.stream().map(h -> h + VINFO_KINDS.getOrDefault(h, "")).toList());
        return vmSheet("vInfo", spec, e.vmRows(), Function.identity(), RvtoolsExport::info);
    }

    private static final Map<String, String> VINFO_KINDS = kinds("PowerOn:d|Suspend time:d|Creation date:d"
            + "|Change Version:d|CPUs:n|Memory:n|Active Memory:n|NICs:n|Disks:n|Total disk capacity MiB:n"
            + "|min Required EVC Mode Key:n|Op Notification Timeout:n|Num Monitors:n|Video Ram KiB:n|FT Role:n"
            + "|FT Bandwidth:n|FT Sec. Latency:n|Provisioned MiB:n|In Use MiB:n|Unshared MiB:n|Boot delay:n"
            + "|Boot retry delay:n|HW version:n");

    private static Map<String, String> kinds(String spec) {
        Map<String, String> kinds = new HashMap<>();
        for (String column : spec.split("\\|")) {
            int colon = column.lastIndexOf(':');
            kinds.put(column.substring(0, colon), column.substring(colon));
        }
        return kinds;
    }

    private static void info(Map<String, Function<Vm, Object>> v) {
        v.put("Config status", vm -> "green");
        v.put("DNS Name", vm -> vm.dnsName);
        v.put("Connection state", vm -> "connected");
        v.put("Guest state", vm -> vm.on ? "running" : "notRunning");
        v.put("Heartbeat", vm -> vm.toolsRunning ? "green" : "gray");
        v.put("Consolidation Needed", vm -> vm.index % 211 == 0);
        v.put("PowerOn", vm -> vm.on ? vm.poweredOn : UNSET);
        v.put("Suspended To Memory", vm -> false);
        v.put("Suspend time", vm -> UNSET);
        v.put("Suspend Interval", vm -> "0");
        v.put("Creation date", vm -> vm.created);
        v.put("Change Version", vm -> vm.changed);
        v.put("CPUs", vm -> vm.cpus);
        v.put("Overall Cpu Readiness", vm -> vm.on ? (vm.index % 17 == 0 ? "2%" : vm.index % 5 == 0 ? "1%" : "0%") : "0%");
        v.put("Memory", vm -> vm.memoryMib);
        v.put("Active Memory", vm -> vm.activeMib);
        v.put("NICs", vm -> vm.nics.length);
        v.put("Disks", vm -> vm.disks.length);
        v.put("Total disk capacity MiB", Vm::diskMib);
        v.put("Fixed Passthru HotPlug", vm -> false);
        v.put("min Required EVC Mode Key", vm -> vm.host.cluster.evc);
        v.put("Latency Sensitivity", vm -> "normal");
        v.put("Op Notification Timeout", vm -> 0);
        v.put("EnableUUID", vm -> vm.os.windows() ? "FALSE" : "TRUE");
        v.put("CBT", vm -> vm.template ? "FALSE" : "TRUE");
        v.put("Primary IP Address", vm -> vm.nics[0].ipv4);
        for (int n = 1; n <= 8; n++) {
            int k = n;
            // beyond its adapters a VM's "Network #n" is empty in a real export; here it names a port
            // group of its site, as every vInfo cell holds a value (fleetfit does not read these columns)
            v.put("Network #" + n, vm -> k <= vm.nics.length ? vm.nics[k - 1].network
                    : vm.host.cluster.dc.portGroup((vm.index + k) % PORT_GROUPS.length));
        }
        v.put("Num Monitors", vm -> vm.role == Role.DESKTOP ? 2 : 1);
        v.put("Video Ram KiB", vm -> vm.role == Role.DESKTOP ? 16_384 : vm.os.windows() ? 8192 : 4096);
        v.put("Resource pool", vm -> vm.host.cluster.resourcePool);
        v.put("Folder ID", vm -> "group-v" + (100 + Math.floorMod(vm.folder.hashCode(), 9000)));
        v.put("vApp", vm -> VAPPS[vm.app]);
        v.put("DAS protection", vm -> vm.on);
        v.put("FT State", vm -> "notConfigured");
        v.put("FT Role", vm -> 0);
        v.put("FT Latency", vm -> "gray");
        v.put("FT Bandwidth", vm -> -1);
        v.put("FT Sec. Latency", vm -> -1);
        v.put("Vm Failover In Progress", vm -> false);
        v.put("Provisioned MiB", vm -> vm.diskMib() + vm.memoryMib);
        v.put("In Use MiB", vm -> vm.inUseMib);
        v.put("Unshared MiB", vm -> vm.inUseMib - (vm.on ? vm.memoryMib : 0));
        v.put("HA Restart Priority", vm -> vm.role.critical ? "high" : "medium");
        v.put("HA Isolation Response", vm -> "none");
        v.put("HA VM Monitoring", vm -> "vmMonitoringDisabled");
        // licensing pins every VM to hosts by OS family, a "should" rule that DRS reports for each VM
        v.put("Cluster rule(s)", vm -> vm.os.windows() ? "VM-Host Windows-Licensed-Hosts (should)" : "VM-Host Linux-Licensed-Hosts (should)");
        v.put("Cluster rule name(s)", vm -> vm.os.windows() ? "Windows-Licensed-Hosts" : "Linux-Licensed-Hosts");
        v.put("Boot Required", vm -> false);
        v.put("Boot delay", vm -> vm.role == Role.DC ? 200 : 0);
        v.put("Boot retry delay", vm -> 10_000);
        v.put("Boot retry enabled", vm -> false);
        v.put("Boot BIOS setup", vm -> false);
        v.put("Reboot PowerOff", vm -> false);
        v.put("EFI Secure boot", vm -> vm.secureBoot);
        v.put("Firmware", vm -> vm.efi ? "efi" : "bios");
        v.put("HW version", vm -> vm.hwVersion);
        v.put("HW upgrade status", vm -> "none");
        v.put("HW upgrade policy", vm -> "never");
        v.put("HW target", vm -> vm.hwTarget);
        v.put("Path", vm -> vm.vmx);
        v.put("Log directory", vm -> vm.dir);
        v.put("Snapshot directory", vm -> vm.dir);
        v.put("Suspend directory", vm -> vm.dir);
        v.put("Customization Info", vm -> "IDLE");
        v.put("Guest Detailed Data", vm -> vm.os.details[vm.kernelVariant % vm.os.details.length]);
        v.put("SMBIOS UUID", vm -> vm.smbiosUuid);
        v.put("VI SDK Server type", vm -> VCENTER_BUILD);
        v.put("VI SDK API Version", vm -> API_VERSION);
    }

    private static void cpu(Map<String, Function<Vm, Object>> v) {
        v.put("CPUs", vm -> vm.cpus);
        v.put("Sockets", vm -> vm.cpus / vm.coresPerSocket);
        v.put("Cores p/s", vm -> vm.coresPerSocket);
        v.put("Max", vm -> vm.cpus * vm.host.cluster.mhz);
        v.put("Overall", vm -> vm.on ? vm.cpus * vm.host.cluster.mhz * (vm.index % 13 + 1) / 100 : 0);
        v.put("Level", vm -> "normal");
        v.put("Shares", vm -> vm.cpus * 1000);
        v.put("Reservation", vm -> 0);
        v.put("Entitlement", vm -> vm.on ? vm.cpus * vm.host.cluster.mhz * 3 / 10 : 0);
        v.put("DRS Entitlement", vm -> vm.on ? vm.cpus * vm.host.cluster.mhz * (vm.index % 13 + 1) / 100 : 0);
        v.put("Limit", vm -> -1);
        v.put("Hot Add", vm -> vm.index % 9 == 0);
        v.put("Hot Remove", vm -> false);
        v.put("Numa Hotadd Exposed", vm -> false);
    }

    private static void memory(Map<String, Function<Vm, Object>> v) {
        v.put("Size MiB", vm -> vm.memoryMib);
        v.put("Memory Reservation Locked To Max", vm -> false);
        v.put("Overhead", vm -> 0);
        v.put("Max", vm -> vm.memoryMib);
        v.put("Consumed", vm -> vm.on ? vm.memoryMib * 9 / 10 : 0);
        v.put("Consumed Overhead", vm -> vm.on ? 40 + vm.cpus * 6 : 0);
        v.put("Private", vm -> vm.on ? vm.memoryMib * 9 / 10 : 0);
        v.put("Shared", vm -> vm.on ? vm.index % 4 : 0);
        v.put("Swapped", vm -> 0);
        v.put("Ballooned", vm -> 0);
        v.put("Active", vm -> vm.activeMib);
        v.put("Entitlement", vm -> vm.on ? vm.memoryMib + 400 : 0);
        v.put("DRS Entitlement", vm -> vm.on ? vm.memoryMib * 6 / 10 : 0);
        v.put("Level", vm -> "normal");
        v.put("Shares", vm -> vm.memoryMib * 10);
        v.put("Reservation", vm -> vm.role.critical ? vm.memoryMib : 0);
        v.put("Limit", vm -> -1);
        v.put("Hot Add", vm -> vm.index % 7 == 0);
    }

    private static void disk(Map<String, Function<Item, Object>> v) {
        v.put("Disk", i -> HARD_DISK[i.n]);
        v.put("Disk Key", i -> DISK_KEY[i.n]);
        v.put("Disk UUID", i -> i.vm.disks[i.n].uuid);
        v.put("Disk Path", i -> i.vm.disks[i.n].mounts);
        v.put("Capacity MiB", i -> i.vm.disks[i.n].mib);
        v.put("Raw", i -> i.vm.disks[i.n].raw);
        v.put("Disk Mode", i -> i.vm.disks[i.n].independent ? "independent_persistent" : "persistent");
        v.put("Sharing mode", i -> i.vm.disks[i.n].multiWriter ? "sharingMultiWriter" : "sharingNone");
        v.put("Thin", i -> i.vm.disks[i.n].thin);
        v.put("Eagerly Scrub", i -> i.vm.disks[i.n].multiWriter);
        v.put("Split", i -> false);
        v.put("Write Through", i -> false);
        v.put("Level", i -> "normal");
        v.put("Shares", i -> 1000);
        v.put("Reservation", i -> 0);
        v.put("Limit", i -> -1);
        v.put("Controller", i -> i.vm.controller);
        v.put("Label", i -> "SCSI controller " + (i.vm.disks[i.n].raw ? 1 : 0));
        v.put("SCSI Unit #", i -> 7);
        v.put("Unit #", i -> i.n);
        v.put("Shared Bus", i -> i.vm.disks[i.n].multiWriter ? "physicalSharing" : "noSharing");
        v.put("Path", i -> i.vm.disks[i.n].path);
        v.put("Raw LUN ID", i -> i.vm.disks[i.n].raw
                ? String.format(Locale.ROOT, "0200%02x00006005076812810438580000000000%04x32313435", i.n, i.vm.index & 0xffff) : null);
        v.put("Raw Comp. Mode", i -> i.vm.disks[i.n].raw ? "physicalMode" : null);
        v.put("Internal Sort Column", i -> i.vm.disks[i.n].sortKey);
    }

    private static void partition(Map<String, Function<Item, Object>> v) {
        v.put("Disk Key", i -> DISK_KEY[i.vm.partitions[i.n].disk]);
        v.put("Disk", i -> i.vm.partitions[i.n].mount);
        v.put("Capacity MiB", i -> i.vm.partitions[i.n].capacityMib);
        v.put("Consumed MiB", i -> i.vm.partitions[i.n].consumedMib);
        v.put("Free MiB", i -> i.vm.partitions[i.n].freeMib());
        v.put("Free %", i -> i.vm.partitions[i.n].freePercent());
        v.put("Internal Sort Column", i -> i.vm.disks[i.vm.partitions[i.n].disk].sortKey);
    }

    private static void nic(Map<String, Function<Item, Object>> v) {
        v.put("NIC label", i -> NIC_LABEL[i.n]);
        v.put("Adapter", i -> i.vm.nics[i.n].adapter);
        v.put("Network", i -> i.vm.nics[i.n].network);
        v.put("Switch", i -> i.vm.host.cluster.dc.dvSwitch);
        v.put("Connected", i -> i.vm.on);
        v.put("Starts Connected", i -> true);
        v.put("Mac Address", i -> i.vm.nics[i.n].mac);
        v.put("Type", i -> "assigned");
        v.put("IPv4 Address", i -> i.vm.toolsRunning ? i.vm.nics[i.n].ipv4 : null);
        v.put("IPv6 Address", i -> i.vm.toolsRunning && !i.vm.os.windows() ? i.vm.nics[i.n].ipv6 : null);
        // vSphere allows DirectPath I/O Gen2 on every Vmxnet3 adapter; RVTools shows True there
        v.put("Direct Path IO", i -> i.vm.nics[i.n].adapter.equals("Vmxnet3"));
        v.put("Internal Sort Column", i -> i.vm.nics[i.n].sortKey);
    }

    private static void cd(Map<String, Function<Item, Object>> v) {
        v.put("Device Node", i -> "CD/DVD drive 1");
        v.put("Connected", i -> i.vm.cdConnected);
        v.put("Starts Connected", i -> i.vm.cdConnected);
        v.put("Device Type", i -> i.vm.cdConnected ? i.vm.os.isoPath : "Remote ATAPI");
    }

    private static void usb(Map<String, Function<Item, Object>> v) {
        v.put("Device Node", i -> "USB 1");
        v.put("Device Type", i -> "Aladdin USB Key");
        v.put("Connected", i -> true);
        v.put("Family", i -> "other");
        v.put("Speed", i -> "full");
        v.put("EHCI enabled", i -> true);
        v.put("Auto connect", i -> true);
        v.put("Bus number", i -> 1);
        v.put("Unit number", i -> 1);
    }

    private static void snapshot(Map<String, Function<Item, Object>> v) {
        v.put("Name", i -> i.vm.snapshots[i.n].name);
        v.put("Description", i -> i.vm.snapshots[i.n].description);
        v.put("Date / time", i -> i.vm.snapshots[i.n].taken);
        v.put("Filename", i -> i.vm.snapshots[i.n].file);
        v.put("Size MiB (vmsn)", i -> 7.5 + i.vm.snapshots[i.n].taken.getSecond() / 1000.0 + i.n / 3.0);
        v.put("Size MiB (total)", i -> i.vm.snapshots[i.n].totalMib);
        v.put("Quiesced", i -> i.n % 3 == 1);
        v.put("State", i -> i.vm.powerState());
    }

    private static void tools(Map<String, Function<Vm, Object>> v) {
        v.put("VM Version", vm -> vm.hwVersion);
        v.put("Tools", vm -> vm.toolsRunning ? "toolsOk" : vm.on ? "toolsNotInstalled" : "toolsNotRunning");
        v.put("Tools Version", vm -> vm.toolsVersion);
        v.put("Required Version", vm -> 12_448);
        v.put("Upgradeable", vm -> vm.toolsVersion < 12_448 && vm.toolsRunning ? "Yes" : "No");
        v.put("Upgrade Policy", vm -> vm.index % 8 == 0 ? "upgradeAtPowerCycle" : "manual");
        v.put("Sync time", vm -> false);
        v.put("App status", vm -> "none");
        v.put("Heartbeat status", vm -> "appStatusGray");
        v.put("Kernel Crash state", vm -> false);
        v.put("Operation Ready", vm -> vm.toolsRunning);
        v.put("State change support", vm -> vm.toolsRunning);
        v.put("Interactive Guest", vm -> false);
    }

    private static void source(Map<String, Function<Estate, Object>> v) {
        v.put("Name", e -> "VMware vCenter Server");
        v.put("OS type", e -> "linux-x64");
        v.put("API type", e -> "VirtualCenter");
        v.put("API version", e -> API_VERSION);
        v.put("Version", e -> "8.0.3");
        v.put("Patch level", e -> "00300");
        v.put("Build", e -> "24322831");
        v.put("Fullname", e -> VCENTER_BUILD);
        v.put("Product name", e -> "VMware VirtualCenter Server");
        v.put("Product version", e -> "8.0");
        v.put("Product line", e -> "vpx");
        v.put("Vendor", e -> "VMware, Inc.");
        v.put("VI SDK Server", e -> VCENTER);
        v.put("VI SDK UUID", e -> e.sdkUuid);
    }

    private static void resourcePool(Map<String, Function<Cluster, Object>> v) {
        v.put("Resource Pool name", c -> "Resources");
        v.put("Resource Pool path", c -> c.resourcePool);
        v.put("Status", c -> "green");
        v.put("# VMs total", c -> c.vms);
        v.put("# VMs", c -> c.vms);
        v.put("# vCPUs", c -> c.vcpus);
        for (String field : List.of("CPU limit", "Mem limit", "CPU overheadLimit", "Mem overheadLimit")) {
            v.put(field, c -> -1);
        }
        v.put("CPU reservation", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("CPU level", c -> "normal");
        v.put("CPU shares", c -> 4000);
        v.put("CPU expandableReservation", c -> false);
        v.put("CPU maxUsage", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("CPU overallUsage", c -> c.vcpus * c.mhz / 10);
        v.put("CPU reservationUsed", c -> 0);
        v.put("CPU reservationUsedForVm", c -> 0);
        v.put("CPU unreservedForPool", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("CPU unreservedForVm", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("Mem Configured", c -> c.vramMib);
        v.put("Mem reservation", c -> c.hosts * c.memoryMib);
        v.put("Mem level", c -> "normal");
        v.put("Mem shares", c -> 163_840);
        v.put("Mem expandableReservation", c -> false);
        v.put("Mem maxUsage", c -> c.hosts * c.memoryMib);
        v.put("Mem overallUsage", c -> c.vramMib * 7 / 10);
        v.put("Mem reservationUsed", c -> 0);
        v.put("Mem reservationUsedForVm", c -> 0);
        v.put("Mem unreservedForPool", c -> c.hosts * c.memoryMib);
        v.put("Mem unreservedForVm", c -> c.hosts * c.memoryMib);
        v.put("QS overallCpuDemand", c -> c.vcpus * c.mhz / 9);
        v.put("QS overallCpuUsage", c -> c.vcpus * c.mhz / 10);
        v.put("QS staticCpuEntitlement", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("QS distributedCpuEntitlement", c -> c.vcpus * c.mhz / 10);
        v.put("QS balloonedMemory", c -> 0);
        v.put("QS compressedMemory", c -> 0);
        v.put("QS consumedOverheadMemory", c -> c.vms * 60);
        v.put("QS distributedMemoryEntitlement", c -> c.vramMib * 6 / 10);
        v.put("QS guestMemoryUsage", c -> c.vramMib / 5);
        v.put("QS hostMemoryUsage", c -> c.vramMib * 7 / 10);
        v.put("QS overheadMemory", c -> c.vms * 60);
        v.put("QS privateMemory", c -> c.vramMib * 7 / 10);
        v.put("QS sharedMemory", c -> 0);
        v.put("QS staticMemoryEntitlement", c -> c.hosts * c.memoryMib);
        v.put("QS swappedMemory", c -> 0);
        v.put("Object ID", c -> "resgroup-" + (8 + c.index * 7));
        v.put("VI SDK Server", c -> VCENTER);
        v.put("VI SDK UUID", c -> c.dc.estate.sdkUuid);
    }

    private static void cluster(Map<String, Function<Cluster, Object>> v) {
        v.put("Name", c -> c.name);
        v.put("Config status", c -> "green");
        v.put("OverallStatus", c -> "green");
        v.put("NumHosts", c -> c.hosts);
        v.put("numEffectiveHosts", c -> c.hosts);
        v.put("TotalCpu", c -> c.hosts * 2 * c.cores * c.mhz);
        v.put("NumCpuCores", c -> c.hosts * 2 * c.cores);
        v.put("NumCpuThreads", c -> c.hosts * 4 * c.cores);
        v.put("Effective Cpu", c -> c.hosts * 2 * c.cores * c.mhz * 95 / 100);
        v.put("TotalMemory", c -> c.hosts * c.memoryMib * 1_048_576L);
        v.put("Effective Memory", c -> c.hosts * c.memoryMib * 95 / 100);
        v.put("Num VMotions", c -> 1000 + c.index * 37);
        v.put("HA enabled", c -> true);
        v.put("Failover Level", c -> 1);
        v.put("AdmissionControlEnabled", c -> true);
        v.put("Host monitoring", c -> "enabled");
        v.put("HB Datastore Candidate Policy", c -> "allFeasibleDsWithUserPreference");
        v.put("Isolation Response", c -> "none");
        v.put("Restart Priority", c -> "medium");
        v.put("Cluster Settings", c -> "True");
        v.put("Max Failures", c -> 3);
        v.put("Max Failure Window", c -> -1);
        v.put("Failure Interval", c -> 30);
        v.put("Min Up Time", c -> 120);
        v.put("VM Monitoring", c -> "vmMonitoringDisabled");
        v.put("DRS enabled", c -> true);
        v.put("DRS default VM behavior", c -> "fullyAutomated");
        v.put("DRS vmotion rate", c -> 3);
        v.put("DPM enabled", c -> false);
        v.put("DPM default behavior", c -> "automated");
        v.put("DPM Host Power Action Rate", c -> 3);
        v.put("Object ID", c -> "domain-c" + (8 + c.index * 7));
        for (String attribute : List.of("Backup status", "ClusterInvariantVMMId", "com.vmware.vcenter.cluster.edrs.upgradeHostAdded",
                "Last backup")) {
            v.put(attribute, c -> null);
        }
        v.put("VI SDK Server", c -> VCENTER);
        v.put("VI SDK UUID", c -> c.dc.estate.sdkUuid);
    }

    private static void host(Map<String, Function<Host, Object>> v) {
        v.put("Host", h -> h.name);
        v.put("Datacenter", h -> h.cluster.dc.name);
        v.put("Cluster", h -> h.cluster.name);
        v.put("Config status", h -> h.index % 41 == 0 ? "yellow" : "green");
        v.put("Compliance Check State", h -> null);
        v.put("in Maintenance Mode", h -> h.index % 97 == 0);
        v.put("in Quarantine Mode", h -> false);
        v.put("vSAN Fault Domain Name", h -> null);
        v.put("CPU Model", h -> h.cluster.cpuModel);
        v.put("Speed", h -> h.cluster.mhz);
        v.put("HT Available", h -> true);
        v.put("HT Active", h -> true);
        v.put("# CPU", h -> 2);
        v.put("Cores per CPU", h -> h.cluster.cores);
        v.put("# Cores", h -> 2 * h.cluster.cores);
        v.put("CPU usage %", h -> 10 + h.index % 50);
        v.put("# Memory", h -> h.cluster.memoryMib);
        v.put("Memory Tiering Type", h -> "noTiering");
        v.put("Memory usage %", h -> 20 + h.index % 60);
        v.put("Console", h -> 0);
        v.put("# NICs", h -> 4);
        v.put("# HBAs", h -> 3);
        v.put("# VMs total", h -> h.vms);
        v.put("# VMs", h -> h.runningVms);
        v.put("VMs per Core", h -> (double) h.vms / (2 * h.cluster.cores));
        v.put("# vCPUs", h -> h.vcpus);
        v.put("vCPUs per Core", h -> (double) h.vcpus / (2 * h.cluster.cores));
        v.put("vRAM", h -> h.vramMib);
        v.put("VM Used memory", h -> h.vramMib / 5);
        v.put("VM Memory Swapped", h -> 0);
        v.put("VM Memory Ballooned", h -> 0);
        v.put("VMotion support", h -> true);
        v.put("Storage VMotion support", h -> true);
        v.put("Current EVC", h -> h.cluster.evc);
        v.put("Max EVC", h -> h.cluster.evc);
        v.put("Assigned License(s)", h -> "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        v.put("ATS Heartbeat", h -> "1");
        v.put("ATS Locking", h -> "1");
        v.put("Current CPU power man. policy", h -> "Balanced");
        v.put("Supported CPU power man.", h -> "ACPI P-states, ACPI C-states");
        v.put("Host Power Policy", h -> "dynamic");
        v.put("ESX Version", h -> h.esxVersion);
        v.put("Boot time", h -> h.bootTime);
        v.put("DNS Servers", h -> "10.0.0.53, 10.0.1.53");
        v.put("DHCP", h -> false);
        v.put("Domain", h -> DOMAIN);
        v.put("Domain List", h -> DOMAIN);
        v.put("DNS Search Order", h -> DOMAIN);
        v.put("NTP Server(s)", h -> "ntp1." + DOMAIN + ", ntp2." + DOMAIN);
        v.put("NTPD running", h -> true);
        v.put("Time Zone", h -> "UTC");
        v.put("Time Zone Name", h -> "UTC");
        v.put("GMT Offset", h -> "0");
        v.put("Vendor", h -> h.cluster.vendor);
        v.put("Model", h -> h.cluster.model);
        v.put("Serial number", h -> h.serial);
        v.put("Service tag", h -> h.serial);
        v.put("OEM specific string", h -> "$SYS:" + h.cluster.name);
        v.put("BIOS Vendor", h -> h.cluster.vendor);
        v.put("BIOS Version", h -> h.cluster.bios);
        v.put("BIOS Date", h -> LocalDateTime.of(2024, 3, 14, 0, 0));
        v.put("Certificate Issuer", h -> "O=VMware Installer");
        v.put("Certificate Start Date", h -> h.bootTime.minusDays(400));
        v.put("Certificate Expiry Date", h -> h.bootTime.plusDays(1425));
        v.put("Certificate Status", h -> "good");
        v.put("Certificate Subject", h -> "emailAddress=vmca@vmware.com,CN=" + h.name + ",OU=VMware Engineering,O=VMware");
        v.put("Object ID", h -> "host-" + (1000 + h.index * 3));
        v.put("AutoDeploy.MachineIdentity", h -> null);
        v.put("Backup status", h -> null);
        v.put("ClusterInvariantVMMId", h -> null);
        v.put("Last backup", h -> null);
        v.put("UUID", h -> h.uuid);
        v.put("VI SDK Server", h -> VCENTER);
        v.put("VI SDK UUID", h -> h.cluster.dc.estate.sdkUuid);
    }

    private static void hostColumns(Map<String, Function<HostItem, Object>> v) {
        v.put("Host", i -> i.host.name);
        v.put("Datacenter", i -> i.host.cluster.dc.name);
        v.put("Cluster", i -> i.host.cluster.name);
        v.put("VI SDK Server", i -> VCENTER);
        v.put("VI SDK UUID", i -> i.host.cluster.dc.estate.sdkUuid);
    }

    private static void hba(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Device", i -> "vmhba" + i.n);
        v.put("Type", i -> i.n == 0 ? "Block SCSI" : "Fibre Channel");
        v.put("Status", i -> i.n == 0 ? "unknown" : "online");
        v.put("Bus", i -> i.n == 0 ? "0" : Integer.toString(96 + i.n * 5));
        v.put("Pci", i -> i.n == 0 ? "0000:00:11.5" : String.format(Locale.ROOT, "0000:%02x:00.%d", 96 + i.n * 5, i.n));
        v.put("Driver", i -> i.n == 0 ? "vmw_ahci" : "qlnativefc");
        v.put("Model", i -> i.n == 0 ? "Lewisburg SATA AHCI Controller" : "QLogic QLE2772 32Gb FC Adapter");
        v.put("WWN", i -> i.n == 0 ? null : String.format(Locale.ROOT, "2000F4E9D4%06X 2100F4E9D4%06X",
                i.host.index * 4 + i.n, i.host.index * 4 + i.n));
    }

    private static void hostNic(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Network Device", i -> "vmnic" + i.n);
        v.put("Driver", i -> "i40en");
        v.put("Speed", i -> 25_000);
        v.put("Duplex", i -> true);
        v.put("MAC", i -> mac("b4:96:91", i.host.index * 8 + i.n));
        v.put("Switch", i -> i.n < 2 ? "vSwitch0" : i.host.cluster.dc.dvSwitch);
        v.put("Uplink port", i -> i.n < 2 ? null : "Uplink " + (i.n - 1));
        v.put("PCI", i -> String.format(Locale.ROOT, "0000:31:00.%d", i.n));
        v.put("WakeOn", i -> false);
    }

    private static final String[] HOST_PORT_GROUPS = {"Management Network", "VMotion", "VM Network", "Backup"};

    private static void vSwitch(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Switch", i -> "vSwitch0");
        v.put("# Ports", i -> 2560);
        v.put("Free Ports", i -> 2550);
        switchPolicy(v);
        v.put("MTU", i -> 1500);
    }

    private static void switchPolicy(Map<String, Function<HostItem, Object>> v) {
        v.put("Promiscuous Mode", i -> false);
        v.put("Mac Changes", i -> false);
        v.put("Forged Transmits", i -> false);
        v.put("Traffic Shaping", i -> false);
        v.put("Width", i -> 0);
        v.put("Peak", i -> 0);
        v.put("Burst", i -> 0);
        v.put("Policy", i -> "loadbalance_srcid");
        v.put("Reverse Policy", i -> true);
        v.put("Notify Switch", i -> true);
        v.put("Rolling Order", i -> false);
        v.put("Offload", i -> true);
        v.put("TSO", i -> true);
        v.put("Zero Copy Xmit", i -> true);
    }

    private static void port(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Port Group", i -> HOST_PORT_GROUPS[i.n]);
        v.put("Switch", i -> "vSwitch0");
        v.put("VLAN", i -> Integer.toString(i.n == 0 ? 0 : 3000 + i.n));
        switchPolicy(v);
    }

    private static void vmk(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Port Group", i -> HOST_PORT_GROUPS[i.n]);
        v.put("Device", i -> "vmk" + i.n);
        v.put("Mac Address", i -> mac("b4:96:91", i.host.index * 8 + i.n));
        v.put("DHCP", i -> false);
        v.put("IP Address", i -> String.format(Locale.ROOT, "10.%d.%d.%d", 250 + i.n, i.host.index / 250, 2 + i.host.index % 250));
        v.put("IP 6 Address", i -> null);
        v.put("Subnet mask", i -> "255.255.0.0");
        v.put("Gateway", i -> "10." + (250 + i.n) + ".0.1");
        v.put("IP 6 Gateway", i -> null);
        v.put("MTU", i -> i.n == 0 ? 1500 : 9000);
    }

    private static void dvSwitch(Map<String, Function<Datacenter, Object>> v) {
        v.put("Switch", d -> d.dvSwitch);
        v.put("Datacenter", d -> d.name);
        v.put("Name", d -> d.dvSwitch);
        v.put("Vendor", d -> "VMware, Inc.");
        v.put("Version", d -> "8.0.0");
        v.put("Description", d -> "Distributed switch of " + d.name);
        v.put("Created", d -> LocalDateTime.of(2021, 9, 14, 10, 12, 31));
        v.put("Host members", d -> d.hostNames());
        v.put("Max Ports", d -> 2_147_483_647);
        v.put("# Ports", d -> PORT_GROUPS.length * 128 + 64);
        v.put("# VMs", d -> d.vms);
        for (String dir : List.of("In", "Out")) {
            v.put(dir + " Traffic Shaping", d -> false);
            v.put(dir + " Avg", d -> 100_000);
            v.put(dir + " Peak", d -> 100_000);
            v.put(dir + " Burst", d -> 102_400);
        }
        v.put("CDP Type", d -> "listen");
        v.put("CDP Operation", d -> "cdp");
        v.put("LACP Name", d -> null);
        v.put("LACP Mode", d -> null);
        v.put("LACP Load Balance Alg.", d -> null);
        v.put("Max MTU", d -> 9000);
        v.put("Contact", d -> "network-team@" + DOMAIN);
        v.put("Admin Name", d -> "Network Operations");
        v.put("Object ID", d -> "dvs-" + (20 + d.index));
        v.put("Backup status", d -> null);
        v.put("ClusterInvariantVMMId", d -> null);
        v.put("Last backup", d -> null);
        v.put("VI SDK Server", d -> VCENTER);
        v.put("VI SDK UUID", d -> d.estate.sdkUuid);
    }

    private static void dvPort(Map<String, Function<PortGroup, Object>> v) {
        v.put("Port", p -> p.dc.portGroup(p.n));
        v.put("Switch", p -> p.dc.dvSwitch);
        v.put("Type", p -> "earlyBinding");
        v.put("# Ports", p -> 128);
        v.put("VLAN", p -> p.dc.vlan(p.n));
        v.put("Speed", p -> 0);
        v.put("Full Duplex", p -> false);
        v.put("Blocked", p -> false);
        v.put("Allow Promiscuous", p -> false);
        v.put("Mac Changes", p -> false);
        v.put("Active Uplink", p -> "Uplink 1, Uplink 2");
        v.put("Standby Uplink", p -> null);
        v.put("Policy", p -> "loadbalance_srcid");
        v.put("Forged Transmits", p -> false);
        for (String dir : List.of("In", "Out")) {
            v.put(dir + " Traffic Shaping", p -> false);
            v.put(dir + " Avg", p -> 100_000);
            v.put(dir + " Peak", p -> 100_000);
            v.put(dir + " Burst", p -> 102_400);
        }
        v.put("Reverse Policy", p -> true);
        v.put("Notify Switch", p -> true);
        v.put("Rolling Order", p -> false);
        v.put("Check Beacon", p -> false);
        v.put("Live Port Moving", p -> false);
        v.put("Check Duplex", p -> false);
        v.put("Check Error %", p -> false);
        v.put("Check Speed", p -> "minimum");
        v.put("Percentage", p -> 0);
        for (String override : List.of("Block Override", "Config Reset", "Shaping Override", "Vendor Config Override",
                "Sec. Policy Override", "Teaming Override", "Vlan Override")) {
            v.put(override, p -> override.equals("Block Override"));
        }
        v.put("Object ID", p -> "dvportgroup-" + (100 + p.dc.index * 40 + p.n));
        v.put("VI SDK Server", p -> VCENTER);
        v.put("VI SDK UUID", p -> p.dc.estate.sdkUuid);
    }

    private static void datastore(Map<String, Function<Datastore, Object>> v) {
        v.put("Name", d -> d.name);
        v.put("Config status", d -> "green");
        v.put("Address", d -> d.naa);
        v.put("Accessible", d -> true);
        v.put("Type", d -> "VMFS");
        v.put("# VMs total", d -> d.vms);
        v.put("# VMs", d -> d.vms);
        v.put("Capacity MiB", d -> Datastore.CAPACITY_MIB);
        v.put("Provisioned MiB", d -> d.provisionedMib);
        v.put("In Use MiB", d -> d.inUseMib);
        v.put("Free MiB", d -> Datastore.CAPACITY_MIB - d.inUseMib);
        v.put("Free %", d -> (Datastore.CAPACITY_MIB - d.inUseMib) * 100 / Datastore.CAPACITY_MIB);
        v.put("SIOC enabled", d -> false);
        v.put("SIOC Threshold", d -> 30);
        v.put("# Hosts", d -> d.cluster.hosts);
        v.put("Hosts", d -> d.cluster.hostNames());
        v.put("Cluster name", d -> null);
        v.put("Cluster capacity MiB", d -> null);
        v.put("Cluster free space MiB", d -> null);
        v.put("Block size", d -> 1);
        v.put("Max Blocks", d -> 63_963_136);
        v.put("# Extents", d -> 1);
        v.put("Major Version", d -> 6);
        v.put("Version", d -> "6.82");
        v.put("VMFS Upgradeable", d -> false);
        v.put("MHA", d -> true);
        v.put("URL", d -> "ds:///vmfs/volumes/" + d.volume + "/");
        v.put("Object ID", d -> "datastore-" + (2000 + d.index));
        v.put("Backup status", d -> null);
        v.put("ClusterInvariantVMMId", d -> null);
        v.put("Last backup", d -> null);
        v.put("VI SDK Server", d -> VCENTER);
        v.put("VI SDK UUID", d -> d.cluster.dc.estate.sdkUuid);
    }

    private static void multiPath(Map<String, Function<HostItem, Object>> v) {
        hostColumns(v);
        v.put("Datastore", i -> i.datastore().name);
        v.put("Disk", i -> i.datastore().naa);
        v.put("Display name", i -> "IBM Fibre Channel Disk (" + i.datastore().naa + ")");
        v.put("Policy", i -> "VMW_PSP_RR");
        v.put("Oper. State", i -> "ok");
        for (int p = 1; p <= 8; p++) {
            int k = p;
            v.put("Path " + p, i -> k <= 4 ? "vmhba" + (1 + (k + i.n) % 2) : null);
            v.put("Path " + p + " state", i -> k <= 4 ? "active" : null);
        }
        v.put("vStorage", i -> "vStorageSupported");
        v.put("Queue depth", i -> "64");
        v.put("Vendor", i -> "IBM     ");
        v.put("Model", i -> "2145            ");
        v.put("Revision", i -> "0000");
        v.put("Level", i -> "6");
        v.put("Serial #", i -> "unavailable");
        v.put("UUID", i -> "0200" + i.datastore().naa.substring(4) + "323134352020");
        v.put("Object ID", i -> "datastore-" + (2000 + i.datastore().index));
    }

    private static void license(Map<String, Function<String[], Object>> v) {
        v.put("Name", l -> l[0]);
        v.put("Key", l -> "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        v.put("Labels", l -> null);
        v.put("Cost Unit", l -> l[1]);
        v.put("Total", l -> Integer.parseInt(l[2]));
        v.put("Used", l -> Integer.parseInt(l[3]));
        v.put("Expiration Date", l -> null);
        v.put("Features", l -> l[4]);
        v.put("VI SDK Server", l -> VCENTER);
        v.put("VI SDK UUID", l -> l[5]);
    }

    private static void fileInfo(Map<String, Function<Estate, Object>> v) {
        v.put("Friendly Path Name", e -> null);
        v.put("File Name", e -> "RVTools_export_all.xlsx");
        v.put("File Type", e -> "xlsx");
        v.put("File Size in bytes", e -> null);
        v.put("Path", e -> null);
        v.put("Internal Sort Column", e -> null);
        v.put("VI SDK Server", e -> VCENTER);
        v.put("VI SDK UUID", e -> e.sdkUuid);
    }

    private static void health(Map<String, Function<String[], Object>> v, String sdkUuid) {
        v.put("Name", h -> h[0]);
        v.put("Message", h -> h[1]);
        v.put("Message type", h -> h[2]);
        v.put("VI SDK Server", h -> VCENTER);
        v.put("VI SDK UUID", h -> sdkUuid);
    }

    private static void metaData(Map<String, Function<Estate, Object>> v) {
        v.put("RVTools major version", e -> 4.7);
        v.put("RVTools version", e -> "4.7.1.4");
        v.put("xlsx creation datetime", e -> EXPORTED);
        v.put("Server", e -> VCENTER);
    }

    private static String mac(String prefix, long n) {
        long x = (n * 2_654_435_761L) & 0xFF_FFFFL;    // odd multiplier: distinct n, distinct addresses
        return String.format(Locale.ROOT, "%s:%02x:%02x:%02x", prefix, x >> 16, x >> 8 & 0xFF, x & 0xFF);
    }

    // ---------------------------------------------------------------------------------------------
    // Sheets from a header spec and the values of its columns.

    private static <C> Sheet<C> vmSheet(String name, String spec, Iterable<C> rows, Function<C, Vm> vmOf,
                                        java.util.function.Consumer<Map<String, Function<C, Object>>> specific) {
        Map<String, Function<C, Object>> values = new HashMap<>();
        vmCommon().forEach((header, f) -> values.put(header, c -> f.apply(vmOf.apply(c))));
        specific.accept(values);
        return build(name, spec, rows, values, true);
    }

    private static <C> Sheet<C> sheet(String name, String spec, Iterable<C> rows,
                                      java.util.function.Consumer<Map<String, Function<C, Object>>> fill) {
        Map<String, Function<C, Object>> values = new HashMap<>();
        fill.accept(values);
        Sheet<C> sheet = build(name, spec, rows, values, false);
        Set<String> unused = new HashSet<>(values.keySet());
        sheet.columns().forEach(c -> unused.remove(c.header()));
        if (!unused.isEmpty()) {
            throw new IllegalStateException(name + " has values for no column: " + unused);
        }
        return sheet;
    }

    private static <C> Sheet<C> build(String name, String spec, Iterable<C> rows, Map<String, Function<C, Object>> values,
                                      boolean vmTab) {
        List<Column<C>> columns = new ArrayList<>();
        for (String column : spec.split("\\|")) {
            int colon = column.indexOf(':', Math.max(0, column.length() - 2));
            String header = colon < 0 ? column : column.substring(0, colon);
            Kind kind = colon < 0 ? Kind.TEXT : switch (column.substring(colon + 1)) {
                case "d" -> Kind.DATE;
                case "n" -> Kind.NUMBER;
                case "f" -> Kind.DECIMAL4;
                case "g" -> Kind.DECIMAL2;
                case "m" -> Kind.META;
                default -> throw new IllegalStateException(name + ": kind of " + column);
            };
            Function<C, Object> value = values.get(header);
            if (value == null) {
                throw new IllegalStateException(name + " has no value for column " + header);
            }
            columns.add(new Column<>(header, kind, value));
        }
        return new Sheet<>(name, List.copyOf(columns), rows, true);
    }

    // ---------------------------------------------------------------------------------------------
    // The estate: datacenters, clusters, hosts, datastores and VMs, drawn once from the seed.

    /** One row of a VM tab that has several per VM: the VM and which of its disks, adapters, ... */
    record Item(Vm vm, int n) {
    }

    /** One row of a host tab that has several per host. */
    record HostItem(Host host, int n) {
        Datastore datastore() {
            return host.cluster.datastores.get(n);
        }
    }

    /** A port group of a datacenter's distributed switch. */
    record PortGroup(Datacenter dc, int n) {
    }

    static final class Estate {
        final long seed;
        final String sdkUuid;
        final List<Datacenter> datacenters = new ArrayList<>();
        final List<Cluster> clusters = new ArrayList<>();
        final List<Host> hosts = new ArrayList<>();
        final List<Datastore> datastores = new ArrayList<>();
        /** The VMs, sorted by name as RVTools sorts every VM tab. */
        final Vm[] vms;
        /** vHealth's rows: name, message, message type. */
        final List<String[]> health;

        Estate(int vmCount, long seed) {
            if (vmCount < 1) {
                throw new IllegalArgumentException("need at least one VM");
            }
            this.seed = seed;
            SplittableRandom r = new SplittableRandom(seed);
            sdkUuid = uuid(r, "");
            int hostCount = Math.max(1, (vmCount + VMS_PER_HOST - 1) / VMS_PER_HOST);
            int clusterCount = (hostCount + HOSTS_PER_CLUSTER - 1) / HOSTS_PER_CLUSTER;
            int dcCount = (clusterCount + CLUSTERS_PER_DATACENTER - 1) / CLUSTERS_PER_DATACENTER;
            for (int d = 0; d < dcCount; d++) {
                datacenters.add(new Datacenter(this, d));
            }
            for (int c = 0; c < clusterCount; c++) {
                Cluster cluster = new Cluster(datacenters.get(c / CLUSTERS_PER_DATACENTER), c, r);
                clusters.add(cluster);
                for (int s = 0; s < DATASTORES_PER_CLUSTER; s++) {
                    Datastore ds = new Datastore(cluster, datastores.size(), s, r);
                    cluster.datastores.add(ds);
                    datastores.add(ds);
                }
            }
            for (int h = 0; h < hostCount; h++) {
                Cluster cluster = clusters.get(h / HOSTS_PER_CLUSTER);
                hosts.add(new Host(cluster, h, r));
                cluster.hosts++;
                cluster.dc.hosts.add(hosts.get(h));
                cluster.hostList.add(hosts.get(h));
            }
            Vm[] drawn = IntStream.range(0, vmCount).parallel()
                    .mapToObj(i -> new Vm(this, i, hosts.get((int) ((long) i * hostCount / vmCount))))
                    .toArray(Vm[]::new);
            for (Vm vm : drawn) {
                vm.host.count(vm);
                vm.datastore.count(vm);
            }
            Arrays.sort(drawn, Comparator.comparing(vm -> vm.name));
            vms = drawn;
            health = Arrays.stream(vms).flatMap(vm -> healthOf(vm).stream()).toList();
        }

        Iterable<Vm> vmRows() {
            return () -> Arrays.asList(vms).iterator();
        }

        Iterable<Item> items(java.util.function.ToIntFunction<Vm> count) {
            return () -> Arrays.stream(vms).flatMap(vm -> IntStream.range(0, count.applyAsInt(vm))
                    .mapToObj(n -> new Item(vm, n))).iterator();
        }

        Iterable<HostItem> hostItems(int perHost) {
            return () -> hosts.stream().flatMap(h -> IntStream.range(0, perHost).mapToObj(n -> new HostItem(h, n))).iterator();
        }

        Iterable<PortGroup> portGroups() {
            return () -> datacenters.stream().flatMap(d -> IntStream.range(0, PORT_GROUPS.length)
                    .mapToObj(n -> new PortGroup(d, n))).iterator();
        }

        List<String[]> licenses() {
            int cpus = hosts.size() * 2;
            return List.of(new String[]{"VMware vCenter Server 8 Standard", "Server", "1", "1", "vpxd", sdkUuid},
                    new String[]{"VMware vSphere 8 Enterprise Plus", "CPU package", Integer.toString(cpus),
                        Integer.toString(cpus), "drs, vmotion, dvs, ha", sdkUuid},
                    new String[]{"VMware vSphere 8 Enterprise Plus (spare)", "CPU package", "64", "0", "drs, vmotion, dvs, ha", sdkUuid});
        }

        /** vHealth's findings about one VM: tools, low disk space, old controllers, snapshots, CD-ROMs, leftover disks. */
        private List<String[]> healthOf(Vm vm) {
            List<String[]> rows = new ArrayList<>(2);
            if (!vm.template && (!vm.toolsRunning || vm.toolsVersion < 12_448)) {
                rows.add(new String[]{vm.name, "VMware tools are out of date, not running or not installed!", "VM Tools"});
            }
            for (Partition p : vm.partitions) {
                if (p.freePercent() < 10) {
                    rows.add(new String[]{vm.name, "On " + p.mount + " is " + p.freePercent()
                        + "% disk space available! The threshold value is 10%. Free MB: " + p.freeMib(), "Storage"});
                }
            }
            if (!vm.controller.startsWith("VMware")) {
                rows.add(new String[]{vm.name, "Disk I/O performance improvement possible! Please check documentation",
                    "Performance tip"});
            }
            for (Snapshot s : vm.snapshots) {
                rows.add(new String[]{vm.name, "VM has an active snapshot! " + s.name + " created on "
                    + HEALTH_DATE.format(s.taken), "Snapshot"});
            }
            if (vm.cdConnected) {
                rows.add(new String[]{vm.name, "VM has a CDROM device connected! CD/DVD drive 1", "CDROM"});
            }
            if (vm.index % 29 == 3) {
                rows.add(new String[]{vm.dir + vm.name + "_old.vmdk", "Possibly a Zombie vmdk file! Please check.", "Zombie"});
            }
            return rows;
        }
    }

    static final class Datacenter {
        final Estate estate;
        final int index;
        final String name;
        final String dvSwitch;
        final List<Host> hosts = new ArrayList<>();
        int vms;

        Datacenter(Estate estate, int index) {
            this.estate = estate;
            this.index = index;
            this.name = SITES[index % SITES.length] + (index < SITES.length ? "" : Integer.toString(index / SITES.length + 1));
            this.dvSwitch = "dvs-" + name + "-Prod";
        }

        String portGroup(int n) {
            return String.format(Locale.ROOT, "VLAN%04d-%s", vlan(n), PORT_GROUPS[n]);
        }

        int vlan(int n) {
            return 1000 + (index % 30) * 100 + n * 3;
        }

        String hostNames() {
            StringBuilder s = new StringBuilder();
            for (Host h : hosts) {
                s.append(s.length() == 0 ? "" : ", ").append(h.name);
            }
            return s.toString();
        }
    }

    static final class Cluster {
        private static final String[][] HARDWARE = {
            {"Intel(R) Xeon(R) Gold 6346 CPU @ 3.10GHz", "3100", "16", "intel-icelake", "Dell Inc.", "PowerEdge R750", "1.13.2"},
            {"Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz", "3000", "24", "intel-cascadelake", "HPE", "ProLiant DL380 Gen10", "U30 v2.90"},
            {"Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz", "2300", "40", "intel-icelake", "Lenovo", "ThinkSystem SR650 V2", "AFE128J-3.10"},
            {"AMD EPYC 7543 32-Core Processor", "2800", "32", "amd-zen3", "Dell Inc.", "PowerEdge R7525", "2.14.1"},
            {"Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz", "2300", "18", "intel-skylake", "Cisco Systems Inc", "UCSB-B200-M5", "B200M5.4.3.2a.0.0613232340"}};
        private static final String[] PURPOSES = {"PROD", "PROD", "PROD", "TEST", "DEV", "DMZ"};
        final Datacenter dc;
        final int index;
        final String name;
        final String cpuModel;
        final int mhz;
        final int cores;
        final String evc;
        final String vendor;
        final String model;
        final String bios;
        final String resourcePool;
        final long memoryMib;
        final List<Datastore> datastores = new ArrayList<>();
        final List<Host> hostList = new ArrayList<>();
        int hosts;
        int vms;
        int vcpus;
        long vramMib;

        Cluster(Datacenter dc, int index, SplittableRandom r) {
            this.dc = dc;
            this.index = index;
            this.name = String.format(Locale.ROOT, "CL-%s-%s-%02d", dc.name, PURPOSES[index % PURPOSES.length], index + 1);
            String[] hw = HARDWARE[r.nextInt(HARDWARE.length)];
            cpuModel = hw[0];
            mhz = Integer.parseInt(hw[1]);
            cores = Integer.parseInt(hw[2]);
            evc = hw[3];
            vendor = hw[4];
            model = hw[5];
            bios = hw[6];
            resourcePool = "/" + dc.name + "/" + name + "/Resources";
            memoryMib = (r.nextBoolean() ? 768 : 1024) * 1024L;
        }

        String hostNames() {
            StringBuilder s = new StringBuilder();
            for (Host h : hostList) {
                s.append(s.length() == 0 ? "" : ", ").append(h.name);
            }
            return s.toString();
        }
    }

    static final class Datastore {
        static final long CAPACITY_MIB = 8_388_352L;
        final Cluster cluster;
        final int index;
        final String name;
        final String naa;
        final String volume;
        int vms;
        long provisionedMib;
        long inUseMib;

        Datastore(Cluster cluster, int index, int inCluster, SplittableRandom r) {
            this.cluster = cluster;
            this.index = index;
            this.name = String.format(Locale.ROOT, "DS-%s-%02d", cluster.name.substring(3), inCluster + 1);
            this.naa = String.format(Locale.ROOT, "naa.600507681281043858000000000%05x", index);
            this.volume = String.format(Locale.ROOT, "%08x-%08x-%04x-%012x", r.nextInt() & 0xFFFFFFFFL, r.nextInt() & 0xFFFFFFFFL,
                    r.nextInt(0x10000), r.nextLong() & 0xFFFF_FFFF_FFFFL);
        }

        void count(Vm vm) {
            vms++;
            provisionedMib += vm.diskMib() + vm.memoryMib;
            inUseMib = Math.min(CAPACITY_MIB * 95 / 100, inUseMib + vm.inUseMib);
        }
    }

    static final class Host {
        private static final String[] BUILDS = {"VMware ESXi 8.0.3 build-24674464", "VMware ESXi 8.0.3 build-24585383",
            "VMware ESXi 8.0.2 build-23305546", "VMware ESXi 7.0.3 build-24723872"};
        final Cluster cluster;
        final int index;
        final String name;
        final String esxVersion;
        final String serial;
        final String uuid;
        final LocalDateTime bootTime;
        int vms;
        int runningVms;
        int vcpus;
        long vramMib;

        Host(Cluster cluster, int index, SplittableRandom r) {
            this.cluster = cluster;
            this.index = index;
            this.name = String.format(Locale.ROOT, "esx-%s-%04d.%s", cluster.dc.name.toLowerCase(Locale.ROOT), index + 1, DOMAIN);
            this.esxVersion = BUILDS[r.nextInt(BUILDS.length)];
            this.serial = String.format(Locale.ROOT, "%s%07X", cluster.vendor.substring(0, 2).toUpperCase(Locale.ROOT), index * 7919);
            this.uuid = uuid(r, "");
            this.bootTime = EXPORTED.minusDays(3 + r.nextInt(180)).minusSeconds(r.nextInt(86_400));
        }

        void count(Vm vm) {
            vms++;
            runningVms += vm.on ? 1 : 0;
            vcpus += vm.cpus;
            vramMib += vm.memoryMib;
            cluster.vms++;
            cluster.vcpus += vm.cpus;
            cluster.vramMib += vm.memoryMib;
            cluster.dc.vms++;
        }
    }

    /** What a VM is for: the word in its name, its guest family, how its annotation reads. */
    enum Role {
        WEB("WEB", 120, Family.LINUX, false, "nginx web front end for %s"),
        IIS("IIS", 50, Family.WINDOWS, false, "IIS web server for %s"),
        APP("APP", 170, Family.LINUX, false, "Tomcat application server for %s"),
        API("API", 50, Family.WINDOWS, false, ".NET services of %s"),
        BATCH("BATCH", 50, Family.LINUX, false, "Nightly batch jobs of %s"),
        SQL("SQL", 70, Family.WINDOWS, true, "SQL Server 2019 database for %s"),
        PG("PG", 40, Family.LINUX, true, "PostgreSQL 15 primary for %s"),
        ORA("ORA", 15, Family.LINUX, true, "Oracle Database 19c for %s"),
        DC("DC", 8, Family.WINDOWS, true, "Domain controller of corp.%s"),
        FS("FS", 20, Family.WINDOWS, false, "File shares of %s"),
        RDS("RDS", 30, Family.WINDOWS, false, "Remote Desktop session host for %s users"),
        KAFKA("KAFKA", 12, Family.LINUX, false, "Kafka broker for %s events"),
        REDIS("REDIS", 10, Family.LINUX, false, "Redis cache for %s"),
        K8S("K8S", 30, Family.LINUX, false, "Kubernetes worker node (RKE2) running %s"),
        TOOLS("TOOLS", 40, Family.LINUX, false, "Monitoring and automation for %s"),
        SRV("SRV", 120, Family.WINDOWS, false, "Application server of %s"),
        LNX("LNX", 100, Family.LINUX, false, "Linux server of %s"),
        DESKTOP("VDI", 30, Family.DESKTOP, false, "Virtual desktop for %s staff"),
        EXCH("EXCH", 4, Family.WINDOWS, true, "Exchange 2019 mailbox server for %s"),
        PRINT("PRINT", 4, Family.WINDOWS, false, "Print server for %s"),
        BACKUP("VEEAM", 5, Family.WINDOWS, false, "Veeam Backup proxy for %s"),
        FIREWALL("FW", 4, Family.APPLIANCE, true, "Palo Alto PA-VM-10.2.9 in front of %s"),
        VCSA("VCSA", 1, Family.APPLIANCE, true, "VMware vCenter Server Appliance (%s)");

        final String code;
        final int weight;
        final Family family;
        final boolean critical;
        final String annotation;

        Role(String code, int weight, Family family, boolean critical, String annotation) {
            this.code = code;
            this.weight = weight;
            this.family = family;
            this.critical = critical;
            this.annotation = annotation;
        }

        static Role draw(SplittableRandom r) {
            int total = 0;
            for (Role role : values()) {
                total += role.weight;
            }
            int pick = r.nextInt(total);
            for (Role role : values()) {
                pick -= role.weight;
                if (pick < 0) {
                    return role;
                }
            }
            throw new AssertionError();
        }
    }

    enum Family { WINDOWS, DESKTOP, LINUX, APPLIANCE }

    /**
     * A guest OS as vCenter reports it: the configuration file's guest name, the one VMware Tools
     * reports, and the Guest Detailed Data RVTools 4.7 writes (with a few kernel builds).
     */
    enum Os {
        WIN2025(Family.WINDOWS, 3, "Microsoft Windows Server 2025 (64-bit)", null, "Microsoft Windows Server 2025 Datacenter",
                "26100", new String[]{"26100.2894", "26100.3194"}, "windows_server_2025.iso"),
        WIN2022(Family.WINDOWS, 26, "Microsoft Windows Server 2022 (64-bit)", null, "Microsoft Windows Server 2022 Standard",
                "20348", new String[]{"20348.2700", "20348.2849", "20348.3091"}, "windows_server_2022.iso"),
        WIN2019(Family.WINDOWS, 32, "Microsoft Windows Server 2016 or later (64-bit)", "Microsoft Windows Server 2019 (64-bit)",
                "Microsoft Windows Server 2019 Standard", "17763", new String[]{"17763.6293", "17763.6532", "17763.5936"},
                "windows_server_2019.iso"),
        WIN2016(Family.WINDOWS, 20, "Microsoft Windows Server 2016 (64-bit)", null, "Microsoft Windows Server 2016 Standard",
                "14393", new String[]{"14393.7336", "14393.7428"}, "windows_server_2016.iso"),
        WIN2012(Family.WINDOWS, 12, "Microsoft Windows Server 2012 (64-bit)", null, "Microsoft Windows Server 2012 R2 Standard",
                "9600", new String[]{"9600.21620", "9600.20778"}, "windows_server_2012r2.iso"),
        WIN2008R2(Family.WINDOWS, 6, "Microsoft Windows Server 2008 R2 (64-bit)", null,
                "Microsoft Windows Server 2008 R2 Standard Service Pack 1", "7601", new String[]{"7601.24546"}, "windows_2008r2.iso"),
        WIN10(Family.DESKTOP, 80, "Microsoft Windows 10 (64-bit)", null, "Microsoft Windows 10 Enterprise", "19045",
                new String[]{"19045.4894", "19045.5011"}, "windows10_22h2.iso"),
        WIN11(Family.DESKTOP, 20, "Microsoft Windows 11 (64-bit)", null, "Microsoft Windows 11 Enterprise", "22631",
                new String[]{"22631.4317"}, "windows11_23h2.iso"),
        RHEL9(Family.LINUX, 14, "Red Hat Enterprise Linux 9 (64-bit)", null, "Red Hat Enterprise Linux 9.4 (Plow)",
                "cpe:/o:redhat:enterprise_linux:9::baseos", new String[]{"5.14.0-427.13.1.el9_4.x86_64", "5.14.0-427.37.1.el9_4.x86_64"},
                "rhel-9.4-x86_64-dvd.iso"),
        RHEL8(Family.LINUX, 18, "Red Hat Enterprise Linux 8 (64-bit)", null, "Red Hat Enterprise Linux 8.10 (Ootpa)",
                "cpe:/o:redhat:enterprise_linux:8::baseos", new String[]{"4.18.0-553.16.1.el8_10.x86_64", "4.18.0-553.8.1.el8_10.x86_64"},
                "rhel-8.10-x86_64-dvd.iso"),
        RHEL7(Family.LINUX, 8, "Red Hat Enterprise Linux 7 (64-bit)", null, "Red Hat Enterprise Linux Server 7.9 (Maipo)",
                "cpe:/o:redhat:enterprise_linux:7.9:GA:server", new String[]{"3.10.0-1160.119.1.el7.x86_64"}, "rhel-server-7.9-x86_64-dvd.iso"),
        RHEL6(Family.LINUX, 1, "Red Hat Enterprise Linux 6 (64-bit)", null, "Red Hat Enterprise Linux Server 6.10 (Santiago)",
                "cpe:/o:redhat:enterprise_linux:6server:ga:server", new String[]{"2.6.32-754.35.1.el6.x86_64"}, "rhel-server-6.10-x86_64-dvd.iso"),
        CENTOS7(Family.LINUX, 7, "CentOS 7 (64-bit)", null, "CentOS Linux 7 (Core)", "cpe:/o:centos:centos:7",
                new String[]{"3.10.0-1160.118.1.el7.x86_64", "3.10.0-1160.108.1.el7.x86_64"}, "CentOS-7-x86_64-DVD-2009.iso"),
        ORACLE8(Family.LINUX, 7, "Oracle Linux 8 (64-bit)", null, "Oracle Linux Server 8.10", "cpe:/o:oracle:linux:8:10:server",
                new String[]{"5.15.0-209.161.7.2.el8uek.x86_64", "5.4.17-2136.338.4.1.el8uek.x86_64"}, "OracleLinux-R8-U10-x86_64-dvd.iso"),
        ORACLE9(Family.LINUX, 4, "Oracle Linux 9 (64-bit)", null, "Oracle Linux Server 9.4", "cpe:/o:oracle:linux:9:4:server",
                new String[]{"5.15.0-208.159.3.2.el9uek.x86_64"}, "OracleLinux-R9-U4-x86_64-dvd.iso"),
        UBUNTU2404(Family.LINUX, 5, "Ubuntu Linux (64-bit)", null, "Ubuntu 24.04.1 LTS", null,
                new String[]{"6.8.0-45-generic", "6.8.0-49-generic"}, "ubuntu-24.04.1-live-server-amd64.iso"),
        UBUNTU2204(Family.LINUX, 13, "Ubuntu Linux (64-bit)", null, "Ubuntu 22.04.4 LTS", null,
                new String[]{"5.15.0-119-generic", "5.15.0-122-generic", "5.15.0-125-generic"}, "ubuntu-22.04.4-live-server-amd64.iso"),
        UBUNTU2004(Family.LINUX, 7, "Ubuntu Linux (64-bit)", null, "Ubuntu 20.04.6 LTS", null,
                new String[]{"5.4.0-196-generic", "5.4.0-200-generic"}, "ubuntu-20.04.6-live-server-amd64.iso"),
        UBUNTU1804(Family.LINUX, 2, "Ubuntu Linux (64-bit)", null, "Ubuntu 18.04.6 LTS", null,
                new String[]{"4.15.0-213-generic"}, "ubuntu-18.04.6-live-server-amd64.iso"),
        DEBIAN12(Family.LINUX, 5, "Debian GNU/Linux 12 (64-bit)", null, "Debian GNU/Linux 12 (bookworm)", null,
                new String[]{"6.1.0-25-amd64", "6.1.0-26-amd64"}, "debian-12.7.0-amd64-netinst.iso"),
        DEBIAN11(Family.LINUX, 3, "Debian GNU/Linux 11 (64-bit)", null, "Debian GNU/Linux 11 (bullseye)", null,
                new String[]{"5.10.0-32-amd64"}, "debian-11.11.0-amd64-netinst.iso"),
        SLES15(Family.LINUX, 5, "SUSE Linux Enterprise 15 (64-bit)", null, "SUSE Linux Enterprise Server 15 SP5",
                "cpe:/o:suse:sles:15:sp5", new String[]{"5.14.21-150500.55.68-default"}, "SLE-15-SP5-Full-x86_64-GM-Media1.iso"),
        SLES12(Family.LINUX, 2, "SUSE Linux Enterprise 12 (64-bit)", null, "SUSE Linux Enterprise Server 12 SP5",
                "cpe:/o:suse:sles:12:sp5", new String[]{"4.12.14-122.222-default"}, "SLE-12-SP5-Server-DVD-x86_64-GM-DVD1.iso"),
        PANOS(Family.APPLIANCE, 1, "Other 3.x Linux (64-bit)", "PanOS 10.2.9", null, null, new String[]{"4.18.0"}, "panos.iso"),
        PHOTON(Family.APPLIANCE, 1, "Other 3.x or later Linux (64-bit)", "VMware Photon OS (64-bit)", "VMware Photon OS 4.0",
                null, new String[]{"4.19.283-3.photon"}, "photon.iso");

        final Family family;
        final int weight;
        final String config;
        final String tools;
        final String pretty;
        final String buildOrCpe;
        final String[] kernels;
        final String isoPath;
        final String[] details;

        Os(Family family, int weight, String config, String tools, String pretty, String buildOrCpe, String[] kernels, String iso) {
            this.family = family;
            this.weight = weight;
            this.config = config;
            this.tools = tools == null ? config : tools;
            this.pretty = pretty;
            this.buildOrCpe = buildOrCpe;
            this.kernels = kernels;
            this.isoPath = "ISO [DS-ISO-LIBRARY] iso/" + iso;
            this.details = IntStream.range(0, kernels.length).mapToObj(this::detail).toArray(String[]::new);
        }

        boolean windows() {
            return family == Family.WINDOWS || family == Family.DESKTOP;
        }

        private String detail(int variant) {
            String kernel = kernels[variant % kernels.length];
            if (windows()) {
                return "architecture='X86' bitness='64' buildNumber='" + buildOrCpe + "' distroName='Windows' distroVersion='10.0'"
                        + " familyName='Windows' kernelVersion='10.0." + kernel + "' prettyName='" + pretty + ", 64-bit (Build "
                        + kernel + ")'";
            }
            if (pretty == null) {
                return "architecture='X86' bitness='64' distroName='" + tools + "' familyName='Linux' kernelVersion='" + kernel + "'";
            }
            String version = pretty.replaceAll("^[^0-9]*([0-9.]+).*$", "$1");
            return "architecture='X86' bitness='64'" + (buildOrCpe == null ? "" : " cpeString='" + buildOrCpe + "'")
                    + " distroAddlVersion='" + pretty.substring(pretty.indexOf(version)) + "' distroName='"
                    + pretty.substring(0, Math.max(0, pretty.indexOf(version))).trim() + "' distroVersion='" + version
                    + "' familyName='Linux' kernelVersion='" + kernel + "' prettyName='" + pretty + "'";
        }

        static Os draw(Family family, SplittableRandom r) {
            int total = 0;
            for (Os os : values()) {
                total += os.family == family ? os.weight : 0;
            }
            int pick = r.nextInt(total);
            for (Os os : values()) {
                if (os.family == family) {
                    pick -= os.weight;
                    if (pick < 0) {
                        return os;
                    }
                }
            }
            throw new AssertionError();
        }
    }

    record Disk(long mib, String uuid, String path, boolean thin, boolean raw, boolean multiWriter, boolean independent,
                String sortKey, String mounts) {
    }

    record Nic(String adapter, String network, String mac, String ipv4, String ipv6, String sortKey) {
        Nic(String adapter, String network, String mac, String ipv4, String vm, int n) {
            this(adapter, network, mac, ipv4, "fe80::250:56ff:fe" + mac.substring(9, 11) + ":" + mac.substring(12, 14)
                    + mac.substring(15, 17), vm + " " + NIC_LABEL[n]);
        }
    }

    record Partition(int disk, String mount, long capacityMib, long consumedMib) {
        long freeMib() {
            return capacityMib - consumedMib;
        }

        long freePercent() {
            return freeMib() * 100 / capacityMib;
        }
    }

    record Snapshot(String name, String description, LocalDateTime taken, double totalMib, String file) {
    }

    /** One VM, drawn from its own generator (seeded by the estate's seed and its index). */
    static final class Vm {
        private static final int[] CPUS = {1, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 12, 16, 24, 32};
        private static final int[] HW = {21, 21, 21, 21, 20, 19, 19, 19, 17, 15, 14, 13, 11, 10};
        private static final String[] CONTROLLERS = {"VMware paravirtual SCSI", "VMware paravirtual SCSI",
            "VMware paravirtual SCSI", "VMware paravirtual SCSI", "VMware paravirtual SCSI", "VMware paravirtual SCSI",
            "VMware paravirtual SCSI", "LSI Logic SAS", "LSI Logic SAS", "LSI Logic"};
        private static final String[] LINUX_MOUNTS = {"/", "/var", "/opt", "/data", "/u01", "/var/lib/docker"};

        final Estate estate;
        final int index;
        final Role role;
        final Os os;
        final int app;
        final String name;
        final String dnsName;
        final Host host;
        final Datastore datastore;
        final String folder;
        final boolean template;
        final boolean on;
        final boolean toolsRunning;
        final int toolsVersion;
        final int cpus;
        final int coresPerSocket;
        final long memoryMib;
        final long activeMib;
        final long inUseMib;
        final String controller;
        final Disk[] disks;
        final Partition[] partitions;
        final Nic[] nics;
        final boolean cd;
        final boolean cdConnected;
        final boolean usb;
        final Snapshot[] snapshots;
        final int vmRef;
        final String uuid;
        final String smbiosUuid;
        final String invariantId;
        final String annotation;
        final String backupStatus;
        final LocalDateTime lastBackup;
        final LocalDateTime created;
        final LocalDateTime poweredOn;
        final LocalDateTime changed;
        final int hwVersion;
        final boolean efi;
        final boolean secureBoot;
        final int kernelVariant;
        // the texts the tabs repeat, made once so that every tab and both passes share one instance
        final String dir;
        final String vmx;
        final String vmId;
        final String vmRefText;
        final String lastBackupText;
        final String hwTarget;

        Vm(Estate estate, int index, Host host) {
            SplittableRandom r = new SplittableRandom(estate.seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xC2B2AE3D27D4EB4FL);
            this.estate = estate;
            this.index = index;
            this.host = host;
            this.role = Role.draw(r);
            this.os = role == Role.FIREWALL ? Os.PANOS : role == Role.VCSA ? Os.PHOTON : Os.draw(role.family, r);
            this.app = r.nextInt(APPS.length);
            char env = host.cluster.name.contains("-PROD-") || host.cluster.name.contains("-DMZ-") ? 'P'
                    : host.cluster.name.contains("-TEST-") ? 'T' : 'D';
            this.name = String.format(Locale.ROOT, "%c-%s-%s-%06d", env, APPS[app], role.code, index + 1);
            this.dnsName = name.toLowerCase(Locale.ROOT) + "." + DOMAIN;
            this.datastore = host.cluster.datastores.get(r.nextInt(host.cluster.datastores.size()));
            this.folder = "/" + host.cluster.dc.name + "/" + (env == 'P' ? "Production" : env == 'T' ? "Test" : "Development")
                    + "/" + APP_NAMES[app];
            this.template = r.nextInt(100) == 0;
            this.on = !template && r.nextInt(100) >= 9;
            this.toolsRunning = on && r.nextInt(100) >= 4;
            this.toolsVersion = new int[]{12_448, 12_448, 12_448, 12_448, 12_448, 12_448, 12_389, 12_352, 11_365, 10_346}[r.nextInt(10)];
            this.cpus = CPUS[r.nextInt(CPUS.length)];
            this.coresPerSocket = r.nextInt(3) == 0 && cpus % 2 == 0 ? 2 : 1;
            this.memoryMib = Math.max(2048, cpus * 1024L * new int[]{2, 4, 4, 8}[r.nextInt(4)]);
            this.activeMib = on ? memoryMib * (5 + r.nextInt(35)) / 100 : 0;
            this.controller = CONTROLLERS[r.nextInt(CONTROLLERS.length)];
            int diskCount = new int[]{2, 2, 2, 2, 2, 2, 3, 3, 3, 4}[r.nextInt(10)];
            boolean rdm = r.nextInt(200) == 0;
            boolean multiWriter = !rdm && r.nextInt(300) == 0;
            boolean independent = r.nextInt(100) == 0;
            Disk[] drawn = new Disk[diskCount];
            this.dir = "[" + datastore.name + "] " + name + "/";
            this.vmx = dir + name + ".vmx";
            long used = 0;
            for (int d = 0; d < diskCount; d++) {
                long mib = d == 0 ? (os.windows() ? new long[]{81_920, 102_400, 153_600} : new long[]{40_960, 61_440, 102_400})[r.nextInt(3)]
                        : r.nextInt(20) == 0 ? 524_288L * (1 + r.nextInt(4)) : 10_240L * (5 + r.nextInt(25));
                boolean last = d == diskCount - 1;
                drawn[d] = new Disk(mib, "6000C29" + uuid(r, "").substring(7), dir + name + (d == 0 ? "" : "_" + d) + ".vmdk",
                        !(last && (rdm || multiWriter)) && r.nextInt(10) < 6, last && rdm, last && multiWriter, last && independent,
                        name + " " + DISK_KEY[d], null);
                used += mib;
            }
            this.inUseMib = (on ? used * (25 + r.nextInt(50)) / 100 + memoryMib : used * (20 + r.nextInt(40)) / 100);
            this.partitions = toolsRunning ? partitions(drawn, r) : new Partition[0];
            this.disks = new Disk[diskCount];
            for (int d = 0; d < diskCount; d++) {
                Disk k = drawn[d];
                disks[d] = new Disk(k.mib, k.uuid, k.path, k.thin, k.raw, k.multiWriter, k.independent, k.sortKey, mounts(d));
            }
            int nicCount = r.nextInt(100) < 15 ? 2 : 1;
            this.nics = new Nic[nicCount];
            for (int n = 0; n < nicCount; n++) {
                int kind = r.nextInt(1000);
                String adapter = kind < 3 ? "SriovEthernetCard" : kind < 60 ? "E1000e" : kind < 90 ? "E1000" : "Vmxnet3";
                int pg = n == 0 ? pgFor(role, r) : 4;      // a second adapter is on the backup network
                nics[n] = new Nic(adapter, host.cluster.dc.portGroup(pg), mac("00:50:56", index * 4L + n),
                        String.format(Locale.ROOT, "10.%d.%d.%d", 20 + host.cluster.dc.index * 4 + n, index / 250 % 256, 2 + index % 250),
                        name, n);
            }
            this.cd = r.nextInt(10) != 0;
            this.cdConnected = cd && on && r.nextInt(100) < 7;
            this.usb = r.nextInt(500) == 0;
            int snapshotCount = on && r.nextInt(100) < 8 ? 1 + r.nextInt(3) : 0;
            this.snapshots = new Snapshot[snapshotCount];
            this.vmRef = 1000 + index * 3 + r.nextInt(3);
            this.vmRefText = Integer.toString(vmRef);
            this.vmId = "vm-" + vmRef;
            this.uuid = uuid(r, "50");
            this.smbiosUuid = uuid(r, "42");
            this.invariantId = uuid(r, "");
            int owner = r.nextInt(OWNERS.length);
            String purpose = String.format(Locale.ROOT, role.annotation, role == Role.DC ? DOMAIN : APP_NAMES[app]);
            this.annotation = switch (r.nextInt(4)) {
                case 0 -> purpose;
                case 1 -> purpose + ". Owner: " + OWNERS[owner];
                case 2 -> "Owner: " + OWNERS[owner] + " | App: " + APP_NAMES[app] + " | " + purpose;
                default -> purpose + "\nCreated by Terraform, ticket CHG" + (100_000 + r.nextInt(900_000));
            };
            int backup = r.nextInt(100);
            this.backupStatus = template ? "Skipped" : backup < 88 ? "OK" : backup < 95 ? "Warning" : "Error";
            this.lastBackup = EXPORTED.minusHours(6 + r.nextInt(48)).minusSeconds(r.nextInt(3600));
            this.lastBackupText = LAST_BACKUP.format(lastBackup);
            int age = 60 + r.nextInt(3000);
            this.created = EXPORTED.minusDays(age).minusSeconds(r.nextInt(86_400));
            this.poweredOn = EXPORTED.minusDays(r.nextInt(Math.min(180, age))).minusSeconds(r.nextInt(86_400));
            this.changed = EXPORTED.minusDays(r.nextInt(60)).minusSeconds(r.nextInt(86_400));
            for (int s = 0; s < snapshotCount; s++) {
                LocalDateTime taken = EXPORTED.minusDays(1 + r.nextInt(200)).minusSeconds(r.nextInt(86_400));
                boolean lifecycle = r.nextInt(3) == 0;
                snapshots[s] = new Snapshot(lifecycle ? name + "_vm-" + vmRef + "_" + (s + 1) : "Before patching " + taken.toLocalDate(),
                        lifecycle ? "Snapshot generated by VMware vSphere Lifecycle Manager at " + taken.toLocalDate()
                                + " (Lifecycle Manager local time). Snapshot will not be automatically deleted." : "Change CHG"
                                + (100_000 + r.nextInt(900_000)),
                        taken, diskMib() + 0.001 * (1 + r.nextInt(999)), dir + name + "-Snapshot" + (s + 1) + ".vmsn");
            }
            int hw = HW[r.nextInt(HW.length)];
            this.hwVersion = os == Os.WIN2025 || os == Os.WIN11 ? 21 : hw;
            this.hwTarget = "vmx-" + hwVersion;
            this.efi = os.windows() ? r.nextInt(3) != 0 : r.nextInt(3) == 0;
            this.secureBoot = efi && r.nextBoolean();
            this.kernelVariant = r.nextInt(6);
        }

        private static int pgFor(Role role, SplittableRandom r) {
            return switch (role) {
                case WEB, IIS -> r.nextInt(4) == 0 ? 5 : 0;
                case SQL, PG, ORA -> r.nextInt(8) == 0 ? 6 : 2;
                case RDS, DESKTOP -> 7;
                case K8S -> 12;
                case BATCH -> 13;
                case TOOLS -> 14;
                case FIREWALL -> 5;
                case DC, FS, PRINT, EXCH, BACKUP, VCSA -> 10;
                default -> 1 + r.nextInt(PORT_GROUPS.length - 1);
            };
        }

        private Partition[] partitions(Disk[] disks, SplittableRandom r) {
            List<Partition> list = new ArrayList<>();
            for (int d = 0; d < disks.length; d++) {
                long capacity = disks[d].mib - (os.windows() ? 600 : 1100);
                if (os.windows()) {
                    list.add(partition(d, (char) ('C' + d) + ":\\", capacity, r));
                } else if (d == 0) {
                    list.add(partition(d, "/boot", 1014, r));
                    list.add(partition(d, "/", capacity - 1024, r));
                } else {
                    list.add(partition(d, LINUX_MOUNTS[(d + index) % (LINUX_MOUNTS.length - 1) + 1], capacity, r));
                }
            }
            return list.toArray(Partition[]::new);
        }

        private static Partition partition(int disk, String mount, long capacityMib, SplittableRandom r) {
            int usedPercent = r.nextInt(100) < 8 ? 91 + r.nextInt(8) : 15 + r.nextInt(70);
            return new Partition(disk, mount, capacityMib, capacityMib * usedPercent / 100);
        }

        String powerState() {
            return on ? "poweredOn" : "poweredOff";
        }

        long diskMib() {
            long sum = 0;
            for (Disk d : disks) {
                sum += d.mib;
            }
            return sum;
        }

        /** vDisk's "Disk Path": the guest's mount points on that disk, as VMware Tools maps them. */
        private String mounts(int d) {
            StringBuilder s = new StringBuilder();
            for (Partition p : partitions) {
                if (p.disk == d) {
                    s.append(s.length() == 0 ? "" : ", ").append(p.mount);
                }
            }
            return s.length() == 0 ? null : s.toString();
        }
    }

    /** A UUID in vSphere's lower-case form, its first hex digits replaced by {@code prefix}. */
    static String uuid(SplittableRandom r, String prefix) {
        String hex = prefix + String.format(Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong()).substring(prefix.length());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
