package io.fleetfit.tools.generate;

import io.fleetfit.inventory.HeaderMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a large synthetic RVTools 4.7.1.4-layout workbook for scale tests and the read benchmark:
 * vInfo (the 90 standard columns), vDisk, vPartition, vNetwork, vUSB, vHost and vMetaData, with
 * each VM's rows in every tab consistent with its vInfo row (disk count and capacity, NICs,
 * networks, host). Every VM has 1-4 disks and 1-2 network adapters; the OS mix, power states and
 * the rare hardware couplings (raw device mappings, multi-writer disks, SR-IOV adapters, USB
 * devices) follow what real exports show. Strings are shared strings, as RVTools writes them.
 *
 * <p>Deterministic: the same VM count and seed give the same bytes. Written with SXSSF, row by row
 * into all tabs at once, so 100,000 VMs need no more heap than the shared-strings table.
 *
 * <p>Run: {@code java -Xmx4g -cp target/fleetfit.jar:target/fleetfit-tools.jar io.fleetfit.tools.generate.RvtoolsFleet OUT.xlsx [VMS] [SEED]}
 */
public final class RvtoolsFleet {

    public static final long DEFAULT_SEED = 20250602L;
    public static final String VCENTER = "vcenter01.fleet.example";
    static final LocalDateTime EXPORTED = LocalDateTime.of(2025, 6, 2, 9, 41, 17);
    private static final String VCENTER_BUILD = "VMware vCenter Server 8.0.3 build-24322831";
    /** VMs per ESXi host and hosts per cluster, as in a typical estate. */
    private static final int VMS_PER_HOST = 25;
    private static final int HOSTS_PER_CLUSTER = 16;

    static final List<String> VDISK_HEADER = List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Disk",
            "Disk Key", "Disk UUID", "Disk Path", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin",
            "Eagerly Scrub", "Split", "Write Through", "Level", "Shares", "Reservation", "Limit", "Controller",
            "Label", "SCSI Unit #", "Unit #", "Shared Bus", "Path", "Raw LUN ID", "Raw Comp. Mode",
            "Internal Sort Column", "Annotation", "Datacenter", "Cluster", "Host", "Folder",
            "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
            "VI SDK Server", "VI SDK UUID");
    static final List<String> VPARTITION_HEADER = List.of("VM", "Powerstate", "Template", "SRM Placeholder",
            "Disk Key", "Disk", "Capacity MiB", "Consumed MiB", "Free MiB", "Free %", "Internal Sort Column",
            "Annotation", "Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
            "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID");
    static final List<String> VNETWORK_HEADER = List.of("VM", "Powerstate", "Template", "SRM Placeholder",
            "NIC label", "Adapter", "Network", "Switch", "Connected", "Starts Connected", "Mac Address", "Type",
            "IPv4 Address", "IPv6 Address", "Direct Path IO", "Internal Sort Column", "Annotation", "Datacenter",
            "Cluster", "Host", "Folder", "OS according to the configuration file", "OS according to the VMware Tools",
            "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID");
    static final List<String> VUSB_HEADER = List.of("VM", "Powerstate", "Template", "SRM Placeholder",
            "Device Node", "Device Type", "Connected", "Family", "Speed", "EHCI enabled", "Auto connect",
            "Bus number", "Unit number", "Annotation", "Datacenter", "Cluster", "Host", "Folder",
            "OS according to the configuration file", "OS according to the VMware tools", "VMRef", "VM ID", "VM UUID",
            "VI SDK Server", "VI SDK UUID");
    static final List<String> VHOST_HEADER = List.of("Host", "Datacenter", "Cluster", "Config status",
            "Compliance Check State", "in Maintenance Mode", "in Quarantine Mode", "vSAN Fault Domain Name",
            "CPU Model", "Speed", "HT Available", "HT Active", "# CPU", "Cores per CPU", "# Cores", "CPU usage %",
            "# Memory", "Memory Tiering Type", "Memory usage %", "Console", "# NICs", "# HBAs", "# VMs total", "# VMs",
            "VMs per Core", "# vCPUs", "vCPUs per Core", "vRAM", "VM Used memory", "VM Memory Swapped",
            "VM Memory Ballooned", "VMotion support", "Storage VMotion support", "Current EVC", "Max EVC",
            "Assigned License(s)", "ATS Heartbeat", "ATS Locking", "Current CPU power man. policy",
            "Supported CPU power man.", "Host Power Policy", "ESX Version", "Boot time", "DNS Servers", "DHCP",
            "Domain", "Domain List", "DNS Search Order", "NTP Server(s)", "NTPD running", "Time Zone",
            "Time Zone Name", "GMT Offset", "Vendor", "Model", "Serial number", "Service tag", "OEM specific string",
            "BIOS Vendor", "BIOS Version", "BIOS Date", "Certificate Issuer", "Certificate Start Date",
            "Certificate Expiry Date", "Certificate Status", "Certificate Subject", "Object ID",
            "AutoDeploy.MachineIdentity", "UUID", "VI SDK Server", "VI SDK UUID");
    static final List<String> VMETADATA_HEADER = List.of("RVTools major version", "RVTools version",
            "xlsx creation datetime", "Server");

    /** vInfo's standard columns with two custom attributes after Annotation, where RVTools puts them. */
    static final List<String> VINFO_HEADER = vInfoHeader();

    private RvtoolsFleet() {
    }

    private static List<String> vInfoHeader() {
        List<String> header = new ArrayList<>(HeaderMap.STANDARD_VINFO_HEADERS);
        header.addAll(header.indexOf("Annotation") + 1, List.of("Backup status", "Last backup"));
        return List.copyOf(header);
    }

    /**
     * Writes the fleet's vInfo tab as CSV, as RVTools' "export to CSV" of that tab does (same VMs as
     * the workbook of the same count and seed): numbers as integers, booleans as True/False, dates
     * as {@code yyyy/MM/dd HH:mm:ss}. Returns the data rows written.
     */
    public static int writeVInfoCsv(java.io.Writer out, int vms, long seed) throws IOException {
        com.opencsv.ICSVWriter csv = new com.opencsv.CSVWriterBuilder(out).withLineEnd("\r\n").build();
        csv.writeNext(VINFO_HEADER.toArray(String[]::new), false);
        Fleet fleet = new Fleet(vms, seed);
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
        String[] cells = new String[VINFO_HEADER.size()];
        for (int i = 0; i < vms; i++) {
            Map<String, Object> v = fleet.next(i).vInfo(fleet.sdkUuid);
            for (int c = 0; c < cells.length; c++) {
                Object value = v.get(VINFO_HEADER.get(c));
                cells[c] = value == null ? "" : value instanceof LocalDateTime d ? date.format(d)
                        : value instanceof Boolean b ? (b ? "True" : "False")
                        : value instanceof Double d && d == Math.rint(d) && d < 1e15 ? Long.toString(d.longValue())
                        : value.toString();
            }
            csv.writeNext(cells, false);
        }
        csv.flush();
        return vms;
    }

    /** The seeded draw of hosts and VMs that every output of a fleet shares. */
    private static final class Fleet {
        final Random random;
        final String sdkUuid;
        final List<Host> hosts;

        Fleet(int vms, long seed) {
            random = new Random(seed);
            sdkUuid = uuid(random, "");
            int hostCount = Math.max(1, (vms + VMS_PER_HOST - 1) / VMS_PER_HOST);
            hosts = new ArrayList<>(hostCount);
            for (int h = 0; h < hostCount; h++) {
                hosts.add(new Host(h, random));
            }
        }

        Vm next(int index) {
            return new Vm(index, random, hosts.get(random.nextInt(hosts.size())));
        }
    }

    /** Writes {@code OUT.xlsx [VMS (default 100000)] [SEED]} and prints the rows of every tab. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RvtoolsFleet OUT.xlsx [VMS] [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int vms = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        Map<String, Integer> rows = write(file, vms, seed);
        System.out.printf(Locale.ROOT, "Wrote %s: %d VMs, %,d bytes, in %.1f s%n", file, vms, Files.size(file),
                (System.nanoTime() - start) / 1e9);
        rows.forEach((sheet, n) -> System.out.printf(Locale.ROOT, "  %-10s %,9d data rows%n", sheet, n));
    }

    /** Writes the workbook to a file and returns the data rows written per sheet. */
    public static Map<String, Integer> write(Path file, int vms, long seed) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, vms, seed);
        }
    }

    /** Writes the workbook and returns the data rows written per sheet, in sheet order. */
    public static Map<String, Integer> write(OutputStream out, int vms, long seed) throws IOException {
        // shared strings, as RVTools writes them; compressed temporary files keep the disk use small
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true)) {
            Date exported = Date.from(EXPORTED.toInstant(ZoneOffset.UTC));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(exported));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setModified(Optional.of(exported));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("fleetfit RvtoolsFleet");
            Writer w = new Writer(wb);
            Tab vInfo = w.tab("vInfo", VINFO_HEADER);
            Tab vDisk = w.tab("vDisk", VDISK_HEADER);
            Tab vPartition = w.tab("vPartition", VPARTITION_HEADER);
            Tab vNetwork = w.tab("vNetwork", VNETWORK_HEADER);
            Tab vUsb = w.tab("vUSB", VUSB_HEADER);
            Tab vHost = w.tab("vHost", VHOST_HEADER);
            Tab vMeta = w.tab("vMetaData", VMETADATA_HEADER);

            Fleet fleet = new Fleet(vms, seed);
            String sdkUuid = fleet.sdkUuid;
            List<Host> hosts = fleet.hosts;
            for (int i = 0; i < vms; i++) {
                Vm vm = fleet.next(i);
                vInfo.row(vm.vInfo(sdkUuid));
                for (int d = 0; d < vm.disks.length; d++) {
                    vDisk.row(vm.disk(d, sdkUuid));
                }
                for (Map<String, Object> partition : vm.partitions(sdkUuid)) {
                    vPartition.row(partition);
                }
                for (int n = 0; n < vm.nics.length; n++) {
                    vNetwork.row(vm.nic(n, sdkUuid));
                }
                if (vm.usb) {
                    vUsb.row(vm.usbDevice(sdkUuid));
                }
            }
            for (Host host : hosts) {
                vHost.row(host.row(sdkUuid));
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("RVTools major version", 4.7);
            meta.put("RVTools version", "4.7.1.4");
            meta.put("xlsx creation datetime", EXPORTED);
            meta.put("Server", VCENTER);
            vMeta.row(meta);

            Map<String, Integer> rows = new LinkedHashMap<>();
            for (Tab tab : List.of(vInfo, vDisk, vPartition, vNetwork, vUsb, vHost, vMeta)) {
                // SXSSF flushes the last rows of its sheets in hash order, which numbers the shared
                // strings differently from run to run; flushing in sheet order keeps the bytes stable
                ((SXSSFSheet) tab.sheet).flushRows();
                rows.put(tab.sheet.getSheetName(), tab.rows);
            }
            wb.write(out);
            return rows;
        }
    }

    /** Cell styles and the sheets being written. */
    private static final class Writer {
        final SXSSFWorkbook wb;
        final CellStyle date;

        Writer(SXSSFWorkbook wb) {
            this.wb = wb;
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
        }

        Tab tab(String name, List<String> header) {
            Sheet sheet = wb.createSheet(name);
            Row row = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
            }
            return new Tab(this, sheet, header);
        }
    }

    /** One sheet, written row after row under its header; values are looked up by header. */
    private static final class Tab {
        final Writer writer;
        final Sheet sheet;
        final List<String> header;
        int rows;

        Tab(Writer writer, Sheet sheet, List<String> header) {
            this.writer = writer;
            this.sheet = sheet;
            this.header = header;
        }

        void row(Map<String, Object> values) {
            for (String key : values.keySet()) {
                if (!header.contains(key)) {
                    throw new IllegalStateException(sheet.getSheetName() + " has no column " + key);
                }
            }
            Row row = sheet.createRow(++rows);
            for (int c = 0; c < header.size(); c++) {
                Object value = values.get(header.get(c));
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDateTime date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(writer.date);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b ? "True" : "False");
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    /** Guest OS strings as RVTools writes them, with the share of a typical estate (per mille). */
    private enum Os {
        WIN2019("Microsoft Windows Server 2019 (64-bit)", "Windows Server 2019, 64-bit (Build 17763.6293)", 220),
        WIN2022("Microsoft Windows Server 2022 (64-bit)", "Windows Server 2022, 64-bit (Build 20348.2700)", 150),
        WIN2016("Microsoft Windows Server 2016 or later (64-bit)", "Windows Server 2016, 64-bit (Build 14393.7336)", 110),
        WIN2012("Microsoft Windows Server 2012 (64-bit)", "Windows Server 2012 R2 Standard, 64-bit (Build 9600.21620)", 60),
        WIN2008R2("Microsoft Windows Server 2008 R2 (64-bit)", null, 25),
        WIN10("Microsoft Windows 10 (64-bit)", "Windows 10 Enterprise, 64-bit (Build 19045.4894)", 15),
        RHEL9("Red Hat Enterprise Linux 9 (64-bit)", "Red Hat Enterprise Linux 9.4 (Plow)", 60),
        RHEL8("Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 8.10 (Ootpa)", 80),
        RHEL7("Red Hat Enterprise Linux 7 (64-bit)", "Red Hat Enterprise Linux Server 7.9 (Maipo)", 30),
        CENTOS7("CentOS 7 (64-bit)", "CentOS Linux 7 (Core)", 40),
        ORACLE8("Oracle Linux 8 (64-bit)", "Oracle Linux Server 8.10", 25),
        UBUNTU2204("Ubuntu Linux (64-bit)", "Ubuntu 22.04.4 LTS", 70),
        UBUNTU2004("Ubuntu Linux (64-bit)", "Ubuntu 20.04.6 LTS", 35),
        DEBIAN12("Debian GNU/Linux 12 (64-bit)", "Debian GNU/Linux 12 (bookworm)", 25),
        SLES15("SUSE Linux Enterprise 15 (64-bit)", "SUSE Linux Enterprise Server 15 SP5", 20),
        OTHER26("Other 2.6.x Linux (64-bit)", null, 15),
        PHOTON("VMware Photon OS (64-bit)", "VMware Photon OS 4.0", 10),
        NONE(null, null, 10);

        final String name;
        final String pretty;
        final int perMille;

        Os(String name, String pretty, int perMille) {
            this.name = name;
            this.pretty = pretty;
            this.perMille = perMille;
        }

        boolean windows() {
            return name != null && name.contains("Windows");
        }

        static Os draw(Random random) {
            int total = 0;
            for (Os os : values()) {
                total += os.perMille;
            }
            int pick = random.nextInt(total);
            for (Os os : values()) {
                pick -= os.perMille;
                if (pick < 0) {
                    return os;
                }
            }
            return NONE;
        }
    }

    /** An ESXi host; VMs are spread over hosts, hosts over clusters. */
    private static final class Host {
        private static final String[] CPUS = {"Intel(R) Xeon(R) Gold 6346 CPU @ 3.10GHz",
            "Intel(R) Xeon(R) Platinum 8260 CPU @ 2.40GHz", "Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz",
            "AMD EPYC 7543 32-Core Processor"};
        private static final String[] BUILDS = {"VMware ESXi 8.0.3 build-24674464", "VMware ESXi 8.0.3 build-24784735",
            "VMware ESXi 7.0.3 build-24723872"};
        final String name;
        final String cluster;
        final String cpuModel;
        final String esxVersion;
        final String uuid;
        final int index;

        Host(int index, Random random) {
            this.index = index;
            this.name = String.format(Locale.ROOT, "esx%04d.fleet.example", index + 1);
            this.cluster = String.format(Locale.ROOT, "Cluster-%03d", index / HOSTS_PER_CLUSTER + 1);
            this.cpuModel = CPUS[(index / HOSTS_PER_CLUSTER) % CPUS.length];
            this.esxVersion = BUILDS[random.nextInt(BUILDS.length)];
            this.uuid = uuid(random, "");
        }

        Map<String, Object> row(String sdkUuid) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Host", name);
            v.put("Datacenter", "DC1");
            v.put("Cluster", cluster);
            v.put("Config status", "green");
            v.put("in Maintenance Mode", false);
            v.put("in Quarantine Mode", false);
            v.put("CPU Model", cpuModel);
            v.put("Speed", 2400);
            v.put("HT Available", true);
            v.put("HT Active", true);
            v.put("# CPU", 2);
            v.put("Cores per CPU", 24);
            v.put("# Cores", 48);
            v.put("# Memory", 786_432);
            v.put("ESX Version", esxVersion);
            v.put("Vendor", "Dell Inc.");
            v.put("Model", "PowerEdge R750");
            v.put("Object ID", "host-" + (1000 + index));
            v.put("UUID", uuid);
            v.put("VI SDK Server", VCENTER);
            v.put("VI SDK UUID", sdkUuid);
            return v;
        }
    }

    /** One generated VM: its identity and the facts every tab states about it. */
    private static final class Vm {
        private static final String[] NETWORKS = {"VLAN110-Web", "VLAN120-App", "VLAN130-Tools", "VLAN140-Data",
            "VLAN150-Infra", "VLAN160-PCI", "VLAN900-DMZ", "VLAN210-Backup"};
        private static final String[] FOLDERS = {"/DC1/Prod/Web", "/DC1/Prod/App", "/DC1/Prod/Databases",
            "/DC1/Test", "/DC1/Infra", "/DC1/Legacy", "/DC1/Payments", "/DC1/DMZ"};
        private static final int[] CPUS = {1, 2, 2, 2, 4, 4, 4, 4, 8, 8, 16, 32};

        final int index;
        final String name;
        final Os os;
        final boolean on;
        final boolean template;
        final boolean tools;
        final int cpus;
        final long memoryMib;
        final long[] disks;
        final String[] diskUuids;
        final String[] nics;
        final String[] networks;
        final String[] macs;
        final boolean rdm;
        final boolean multiWriter;
        final boolean usb;
        final Host host;
        final String folder;
        final String datastore;
        final String ip;
        final String smbios;
        final String instance;
        final String annotation;
        final int vmId;
        final LocalDateTime created;
        final LocalDateTime poweredOn;

        Vm(int index, Random random, Host host) {
            this.index = index;
            this.host = host;
            this.os = Os.draw(random);
            this.name = String.format(Locale.ROOT, "%s-%06d", os.windows() ? "win" : "lnx", index + 1);
            this.template = random.nextInt(100) == 0;
            this.on = !template && random.nextInt(10) != 0;
            this.tools = on && os.name != null;
            this.cpus = CPUS[random.nextInt(CPUS.length)];
            this.memoryMib = cpus * 1024L * (2 + 2L * random.nextInt(3));
            int diskCount = 1 + random.nextInt(4);
            this.disks = new long[diskCount];
            this.diskUuids = new String[diskCount];
            for (int d = 0; d < diskCount; d++) {
                disks[d] = (d == 0 ? 40L + 20L * random.nextInt(4) : 50L * (1 + random.nextInt(20))) * 1024L;
                diskUuids[d] = "6000C29" + uuid(random, "").substring(7);
            }
            int nicCount = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            this.nics = new String[nicCount];
            this.networks = new String[nicCount];
            this.macs = new String[nicCount];
            for (int n = 0; n < nicCount; n++) {
                int kind = random.nextInt(1000);
                nics[n] = kind < 2 ? "SriovEthernetCard" : kind < 80 ? "E1000e" : kind < 110 ? "E1000" : "Vmxnet3";
                networks[n] = NETWORKS[random.nextInt(NETWORKS.length)];
                macs[n] = String.format(Locale.ROOT, "00:50:56:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
                        random.nextInt(256));
            }
            this.rdm = random.nextInt(200) == 0;
            this.multiWriter = random.nextInt(300) == 0;
            this.usb = random.nextInt(500) == 0;
            this.folder = FOLDERS[random.nextInt(FOLDERS.length)];
            this.datastore = String.format(Locale.ROOT, "[DS-%03d]", 1 + random.nextInt(60));
            this.ip = String.format(Locale.ROOT, "10.%d.%d.%d", 10 + random.nextInt(40), random.nextInt(256), 1 + random.nextInt(254));
            this.smbios = uuid(random, "42");
            this.instance = uuid(random, "50");
            this.annotation = random.nextInt(5) == 0 ? "Owner: team-" + (1 + random.nextInt(40)) + "; app " + name : null;
            this.vmId = 1000 + index * 3 + random.nextInt(3);
            int age = 60 + random.nextInt(2200);
            this.created = EXPORTED.minusDays(age).minusSeconds(random.nextInt(86_400));
            this.poweredOn = EXPORTED.minusDays(1 + random.nextInt(Math.min(120, age - 1))).minusSeconds(random.nextInt(86_400));
        }

        long diskMib() {
            long sum = 0;
            for (long d : disks) {
                sum += d;
            }
            return sum;
        }

        String dnsName() {
            return tools ? name + ".fleet.example" : null;
        }

        String guestDetail() {
            if (!tools || os.pretty == null) {
                return null;
            }
            return (os.windows() ? "architecture='X86' bitness='64' familyName='Windows'" : "bitness='64' familyName='Linux'")
                    + " prettyName='" + os.pretty + "'";
        }

        /** The columns every VM tab repeats. */
        Map<String, Object> common(String sdkUuid) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("VM", name);
            v.put("Powerstate", on ? "poweredOn" : "poweredOff");
            v.put("Template", template);
            v.put("SRM Placeholder", false);
            v.put("Annotation", annotation);
            v.put("Datacenter", "DC1");
            v.put("Cluster", host.cluster);
            v.put("Host", host.name);
            v.put("Folder", folder);
            v.put("OS according to the configuration file", os.name);
            v.put("OS according to the VMware Tools", tools ? os.name : null);
            v.put("VM ID", "vm-" + vmId);
            v.put("VM UUID", instance);
            v.put("VI SDK Server", VCENTER);
            v.put("VI SDK UUID", sdkUuid);
            return v;
        }

        Map<String, Object> vInfo(String sdkUuid) {
            String dir = datastore + " " + name + "/";
            long diskMib = diskMib();
            long inUse = on ? diskMib / 3 + memoryMib : diskMib / 4;
            Map<String, Object> v = common(sdkUuid);
            v.remove("Folder");                 // real exports leave vInfo's Folder empty; vDisk and vNetwork have it
            v.put("Config status", "green");
            v.put("DNS Name", dnsName());
            v.put("Connection state", "connected");
            v.put("Guest state", on ? "running" : "notRunning");
            v.put("Heartbeat", tools ? "green" : "gray");
            v.put("Consolidation Needed", false);
            v.put("PowerOn", on ? poweredOn : null);
            v.put("Suspended To Memory", false);
            v.put("Suspend Interval", 0);
            v.put("Creation date", created);
            v.put("Change Version", poweredOn);
            v.put("CPUs", cpus);
            v.put("Overall Cpu Readiness", on ? "0%" : null);
            v.put("Memory", memoryMib);
            v.put("Active Memory", on ? memoryMib / 8 : 0);
            v.put("NICs", nics.length);
            v.put("Disks", disks.length);
            v.put("Total disk capacity MiB", diskMib);
            v.put("Fixed Passthru HotPlug", false);
            v.put("min Required EVC Mode Key", on ? "intel-icelake" : null);
            v.put("Latency Sensitivity", "normal");
            v.put("Op Notification Timeout", 0);
            v.put("EnableUUID", false);
            v.put("CBT", true);
            v.put("Primary IP Address", tools ? ip : null);
            for (int n = 0; n < networks.length; n++) {
                v.put("Network #" + (n + 1), networks[n]);
            }
            v.put("Num Monitors", 1);
            v.put("Video Ram KiB", 8192);
            v.put("Resource pool", "/DC1/" + host.cluster + "/Resources");
            v.put("Folder ID", "group-v" + (100 + folder.length()));
            v.put("DAS protection", on);
            v.put("FT State", "notConfigured");
            v.put("FT Latency", "gray");
            v.put("FT Bandwidth", -1);
            v.put("FT Sec. Latency", -1);
            v.put("Vm Failover In Progress", false);
            v.put("Provisioned MiB", diskMib + memoryMib);
            v.put("In Use MiB", inUse);
            v.put("Unshared MiB", inUse);
            v.put("HA Restart Priority", "medium");
            v.put("HA Isolation Response", "none");
            v.put("HA VM Monitoring", "vmMonitoringDisabled");
            v.put("Boot Required", false);
            v.put("Boot delay", 0);
            v.put("Boot retry delay", 10000);
            v.put("Boot retry enabled", false);
            v.put("Boot BIOS setup", false);
            v.put("Reboot PowerOff", false);
            v.put("EFI Secure boot", false);
            v.put("Firmware", "bios");
            v.put("HW version", 19);
            v.put("HW upgrade status", "none");
            v.put("HW upgrade policy", "never");
            v.put("Path", dir + name + ".vmx");
            v.put("Log directory", dir);
            v.put("Snapshot directory", dir);
            v.put("Suspend directory", dir);
            v.put("Customization Info", tools ? "IDLE" : null);
            v.put("Guest Detailed Data", guestDetail());
            v.put("SMBIOS UUID", smbios);
            // custom attributes, as backup products set them
            v.put("Backup status", template ? null : index % 23 == 0 ? "Failed" : "Success");
            v.put("Last backup", template ? null : EXPORTED.minusHours(6 + index % 48));
            v.put("VI SDK Server type", VCENTER_BUILD);
            v.put("VI SDK API Version", "8.0.3.0");
            return v;
        }

        Map<String, Object> disk(int d, String sdkUuid) {
            boolean raw = rdm && d == disks.length - 1;
            boolean shared = multiWriter && d == disks.length - 1;
            Map<String, Object> v = common(sdkUuid);
            v.put("Disk", "Hard disk " + (d + 1));
            v.put("Disk Key", 2000 + d);
            v.put("Disk UUID", diskUuids[d]);
            v.put("Disk Path", os.windows() ? (char) ('C' + d) + ":\\" : d == 0 ? "/, /boot" : "/data" + d);
            v.put("Capacity MiB", disks[d]);
            v.put("Raw", raw);
            v.put("Disk Mode", raw ? "independent_persistent" : "persistent");
            v.put("Sharing mode", shared ? "sharingMultiWriter" : "sharingNone");
            v.put("Thin", !raw && !shared);
            v.put("Eagerly Scrub", shared);
            v.put("Split", false);
            v.put("Write Through", false);
            v.put("Level", "normal");
            v.put("Shares", 1000);
            v.put("Reservation", 0);
            v.put("Limit", -1);
            v.put("Controller", "VMware paravirtual SCSI");
            v.put("Label", "SCSI controller 0");
            v.put("SCSI Unit #", 7);
            v.put("Unit #", d);
            v.put("Shared Bus", "noSharing");
            v.put("Path", datastore + " " + name + "/" + name + (d == 0 ? "" : "_" + d) + ".vmdk");
            v.put("Raw LUN ID", raw ? "02000000006006016012345678" + String.format(Locale.ROOT, "%06d", index) : null);
            v.put("Raw Comp. Mode", raw ? "physicalMode" : null);
            v.put("Internal Sort Column", name + " " + (2000 + d));
            return v;
        }

        List<Map<String, Object>> partitions(String sdkUuid) {
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!tools) {
                return rows;                    // only VMware Tools in a running guest reports partitions
            }
            for (int d = 0; d < disks.length; d++) {
                String mount = os.windows() ? (char) ('C' + d) + ":\\" : d == 0 ? "/" : "/data" + d;
                long capacity = disks[d] - (os.windows() ? 600 : 1100);
                long consumed = capacity * (20 + (index + d) % 60) / 100;
                Map<String, Object> v = common(sdkUuid);
                v.put("Disk Key", 2000 + d);
                v.put("Disk", mount);
                v.put("Capacity MiB", capacity);
                v.put("Consumed MiB", consumed);
                v.put("Free MiB", capacity - consumed);
                v.put("Free %", (capacity - consumed) * 100 / capacity);
                v.put("Internal Sort Column", name + " " + (2000 + d));
                rows.add(v);
            }
            return rows;
        }

        Map<String, Object> nic(int n, String sdkUuid) {
            Map<String, Object> v = common(sdkUuid);
            v.put("NIC label", "Network adapter " + (n + 1));
            v.put("Adapter", nics[n]);
            v.put("Network", networks[n]);
            v.put("Switch", "DSwitch-Prod");
            v.put("Connected", on);
            v.put("Starts Connected", true);
            v.put("Mac Address", macs[n]);
            v.put("Type", "assigned");
            v.put("IPv4 Address", tools && n == 0 ? ip : null);
            // vSphere allows DirectPath I/O Gen2 on every Vmxnet3 adapter; RVTools shows True there
            v.put("Direct Path IO", nics[n].equals("Vmxnet3"));
            v.put("Internal Sort Column", name + " Network adapter " + (n + 1));
            return v;
        }

        Map<String, Object> usbDevice(String sdkUuid) {
            Map<String, Object> v = common(sdkUuid);
            v.remove("OS according to the VMware Tools");
            v.put("OS according to the VMware tools", tools ? os.name : null);
            v.put("Device Node", "USB 1");
            v.put("Device Type", "Aladdin USB Key");
            v.put("Connected", true);
            v.put("Family", "other");
            v.put("Speed", "full");
            v.put("EHCI enabled", true);
            v.put("Auto connect", true);
            v.put("Bus number", 1);
            v.put("Unit number", 1);
            v.put("VMRef", "vm-" + vmId);
            return v;
        }
    }

    /** A UUID in vSphere's lower-case form, its first hex digits replaced by {@code prefix}. */
    static String uuid(Random random, String prefix) {
        StringBuilder hex = new StringBuilder(prefix);
        while (hex.length() < 32) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
