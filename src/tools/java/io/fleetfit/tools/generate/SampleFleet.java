package io.fleetfit.tools.generate;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.fleetfit.inventory.HeaderMap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the synthetic sample inventories of the fictitious ACME estate: an RVTools 4.7.1.4 style
 * workbook for vcenter01 (vInfo with the full 90-column header plus a "Compliance" custom
 * attribute; vDisk, vPartition, vNetwork, vUSB and vHost consistent with it; vMetaData), a vInfo
 * CSV export with the same header for vcenter02, and a branch vcenter03 workbook whose vInfo lacks
 * "In Use MiB" and "Unshared MiB" (the client trimmed them), so vPartition gives the storage in use.
 *
 * <p>The fleet is chosen so that every disposition occurs: modern Linux that can be containerized;
 * CentOS 7, a 48-vCPU scale-up VM and databases that need remediation; Windows 2008 R2 and 2012,
 * PCI-DSS and DMZ workloads that must stay VMs; passthrough hot-plug enabled (information only);
 * powered-off VMs; VMs without any OS; two templates; and one row without a VM name per vcenter01
 * and vcenter02. {@link #roles01()} adds what the VMs are: one VM of every role family of the role
 * catalog, appliances to replace, two system VMs, Windows judged by evidence, guests KubeVirt
 * platforms do not support, an OS range and an Ubuntu without its release. The secondary tabs add
 * the hardware couplings only they state: raw device mappings on the two SQL Server VMs, an SR-IOV
 * adapter on the trading VM, a USB smart card reader on the VDI desktop and a dongle on the licence
 * server (each behind a USB controller row), and a USB controller with nothing connected on the
 * Tomcat VM. Sizes, addresses, dates and UUIDs come from a seeded {@link Random} and a fixed export
 * date, so every run writes the same cells.
 *
 * <p>Run: {@code java -cp target/fleetfit.jar:target/fleetfit-tools.jar io.fleetfit.tools.generate.SampleFleet sample-inventories}
 */
public final class SampleFleet {

    public static final long SEED = 20250602L;
    public static final String XLSX_FILE = "acme-vcenter01.xlsx";
    public static final String CSV_FILE = "acme-vcenter02-vinfo.csv";
    /** A branch vCenter's export whose vInfo lacks "In Use MiB" and "Unshared MiB": vPartition gives the storage in use. */
    public static final String TRIMMED_XLSX_FILE = "acme-vcenter03.xlsx";
    /** The vInfo columns the client removed from {@link #TRIMMED_XLSX_FILE} before sending it. */
    public static final List<String> TRIMMED_COLUMNS = List.of("In Use MiB", "Unshared MiB");
    /** The vCenter custom attribute the samples add between Annotation and Datacenter. */
    public static final String COMPLIANCE = "Compliance";
    public static final String PCI = "PCI-DSS cardholder data";

    /** When the fictitious export ran; every date in the samples is relative to it. */
    static final LocalDateTime EXPORTED = LocalDateTime.of(2025, 6, 2, 9, 41, 17);
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
    private static final String VCENTER_BUILD = "VMware vCenter Server 8.0.3 build-24322831";

    private SampleFleet() {
    }

    /** Writes both samples into the folder given as the only argument (default "sample-inventories"). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-inventories");
        write(folder);
        System.out.println("Wrote " + folder.resolve(XLSX_FILE) + ", " + folder.resolve(CSV_FILE) + " and "
                + folder.resolve(TRIMMED_XLSX_FILE));
    }

    /** Writes the three sample files into {@code folder}, creating it when needed. */
    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(XLSX_FILE))) {
            writeXlsx(vInfoHeader(), vcenter01(), vcenter01Tabs(), Site.VCENTER01.server, out);
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(CSV_FILE), StandardCharsets.UTF_8)) {
            writeCsv(vcenter02(), out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(TRIMMED_XLSX_FILE))) {
            writeXlsx(trimmedVInfoHeader(), vcenter03(), vcenter03Tabs(), Site.VCENTER03.server, out);
        }
    }

    /** The 91 vInfo headers of the samples: RVTools 4.7.1.4's 90 plus "Compliance" after "Annotation". */
    public static List<String> vInfoHeader() {
        List<String> header = new ArrayList<>(HeaderMap.STANDARD_VINFO_HEADERS);
        header.add(header.indexOf("Annotation") + 1, COMPLIANCE);
        return List.copyOf(header);
    }

    /** The vInfo headers of {@link #TRIMMED_XLSX_FILE}: {@link #vInfoHeader()} without {@link #TRIMMED_COLUMNS}. */
    public static List<String> trimmedVInfoHeader() {
        List<String> header = new ArrayList<>(vInfoHeader());
        header.removeAll(TRIMMED_COLUMNS);
        return List.copyOf(header);
    }

    /** The vcenter01 rows (85: 84 VMs and one without a name), one value per header; null is an empty cell. */
    public static List<List<Object>> vcenter01() {
        return rows(Site.VCENTER01, vInfoHeader(), fleet01(), 17);
    }

    /**
     * The other RVTools tabs of the vcenter01 workbook (vDisk, vPartition, vNetwork, vUSB, vHost),
     * each as its header row followed by its data rows, consistent with {@link #vcenter01()}: every
     * VM has as many vDisk rows as vInfo "Disks" says, with capacities summing to "Total disk
     * capacity MiB", one adapter on its "Network #1", and partitions when VMware Tools runs.
     */
    public static Map<String, List<List<Object>>> vcenter01Tabs() {
        return tabs(Site.VCENTER01, vInfoHeader(), fleet01(), vcenter01());
    }

    /** The vcenter03 rows (5 VMs, every row named) under {@link #trimmedVInfoHeader()}. */
    public static List<List<Object>> vcenter03() {
        return rows(Site.VCENTER03, trimmedVInfoHeader(), fleet03(), -1);
    }

    /** The vcenter03 workbook's other tabs, as {@link #vcenter01Tabs()} are vcenter01's. */
    public static Map<String, List<List<Object>>> vcenter03Tabs() {
        return tabs(Site.VCENTER03, trimmedVInfoHeader(), fleet03(), vcenter03());
    }

    /**
     * A branch office whose export the client trimmed: vInfo without "In Use MiB" (and "Unshared
     * MiB"), the other tabs intact. Storage in use then comes from vPartition for the VMs whose
     * VMware Tools report partitions, and from vDisk's capacity for the powered-off one.
     */
    private static List<SampleVm> fleet03() {
        List<SampleVm> fleet = new ArrayList<>();
        fleet.add(vm("acme-br-web-01", Os.UBUNTU_2404, 2, 4).folder("Branch").network("VLAN310-Branch")
                .annotation("nginx, branch intranet"));
        fleet.add(vm("acme-br-mysql-01", Os.UBUNTU_2204, 4, 16).folder("Branch").network("VLAN310-Branch")
                .annotation("MySQL 8.0, stock control"));
        fleet.add(vm("acme-br-dhcp-01", Os.WIN2019, 2, 4).folder("Branch").network("VLAN310-Branch"));
        fleet.add(vm("acme-br-print-02", Os.WIN2022, 2, 8).folder("Branch").network("VLAN310-Branch")
                .annotation("Print server, 2nd floor"));
        fleet.add(vm("acme-br-old-01", Os.UBUNTU_2204, 2, 4).folder("Branch").network("VLAN310-Branch").off()
                .annotation("Replaced by acme-br-web-01"));
        return fleet;
    }

    private static List<SampleVm> fleet01() {
        List<SampleVm> fleet = new ArrayList<>();
        // containerize: current Linux and Windows Server 2019/2022, powered on
        for (int i = 1; i <= 8; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-web-%02d", i), Os.UBUNTU_2204, 2, 4).folder("Web").network("VLAN110-Web"));
        }
        fleet.get(0).annotation("=HYPERLINK(\"https://wiki.acme.example/runbooks/web\",\"Runbook\")");
        for (int i = 1; i <= 6; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-api-%02d", i), Os.RHEL9, 4, 8).folder("Api").network("VLAN120-App"));
        }
        for (int i = 1; i <= 4; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-app-%02d", i), Os.RHEL8, 4, 16).folder("Api").network("VLAN120-App"));
        }
        for (int i = 1; i <= 5; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-worker-%02d", i), Os.DEBIAN12, 2, 8).folder("Batch").network("VLAN120-App"));
        }
        fleet.add(vm("acme-cache-01", Os.UBUNTU_2404, 2, 8).folder("Api").network("VLAN120-App").annotation("Redis session cache"));
        fleet.add(vm("acme-mq-01", Os.RHEL8, 4, 8).folder("Api").network("VLAN120-App").annotation("RabbitMQ broker"));
        fleet.add(vm("acme-build-01", Os.UBUNTU_2404, 8, 16).folder("Tools").network("VLAN130-Tools").annotation("Jenkins agent"));
        fleet.add(vm("acme-search-01", Os.RHEL9, 4, 16).folder("Api").network("VLAN120-App"));
        fleet.add(vm("acme-cms-01", Os.DEBIAN12, 2, 4).folder("Web").network("VLAN110-Web"));
        fleet.add(vm("acme-iis-01", Os.WIN2022, 4, 8).folder("Web").network("VLAN110-Web").annotation("IIS intranet portal"));
        fleet.add(vm("acme-iis-02", Os.WIN2022, 4, 8).folder("Web").network("VLAN110-Web"));
        fleet.add(vm("acme-report-01", Os.WIN2019, 4, 16).folder("Api").network("VLAN120-App").annotation("SSRS report renderer"));
        // containerize after remediation
        fleet.add(vm("acme-legacy-01", Os.CENTOS7, 2, 4).folder("Legacy").network("VLAN120-App"));
        fleet.add(vm("acme-legacy-02", Os.CENTOS7, 2, 4).folder("Legacy").network("VLAN120-App"));
        fleet.add(vm("acme-analytics-01", Os.UBUNTU_2204, 48, 384).folder("Analytics").network("VLAN140-Data")
                .annotation("Spark driver, scale-up"));
        fleet.add(vm("acme-sql-01", Os.WIN2019, 8, 32).folder("Databases").network("VLAN140-Data")
                .annotation("SQL Server 2019 Enterprise").rule("sql-hosts", "SQL-Licensed-Hosts").rdm());
        fleet.add(vm("acme-sql-02", Os.WIN2022, 8, 32).folder("Databases").network("VLAN140-Data")
                .annotation("SQL Server 2022 Standard").rule("sql-hosts", "SQL-Licensed-Hosts").rdm());
        fleet.add(vm("acme-postgres-01", Os.RHEL9, 8, 32).folder("Databases").network("VLAN140-Data"));
        fleet.add(vm("acme-ldap-01", Os.OTHER_26, 2, 4).folder("Infra").network("VLAN150-Infra").annotation("OpenLDAP"));
        fleet.add(vm("acme-batch-legacy-01", Os.SLES12, 4, 16).folder("Batch").network("VLAN120-App"));
        fleet.add(vm("acme-trading-01", Os.RHEL9, 8, 32).folder("Api").network("VLAN120-App").latency("high").sriov());
        fleet.add(vm("acme-ha-01", Os.RHEL8, 4, 8).folder("Infra").network("VLAN150-Infra").ft("running"));
        // must stay a VM: legacy Windows, regulated data, security zone, no container runtime
        fleet.add(vm("acme-erp-01", Os.WIN2008R2, 4, 16).folder("Legacy").network("VLAN120-App").annotation("ERP 2011, vendor gone"));
        fleet.add(vm("acme-file-01", Os.WIN2012, 2, 8).folder("Infra").network("VLAN150-Infra").annotation("File server"));
        fleet.add(vm("acme-pay-01", Os.RHEL9, 4, 16).folder("Payments").network("VLAN160-PCI").annotation(PCI).compliance(PCI));
        fleet.add(vm("acme-pay-02", Os.RHEL9, 4, 16).folder("Payments").network("VLAN160-PCI").annotation("Tokenizer").compliance(PCI));
        fleet.add(vm("acme-proxy-01", Os.UBUNTU_2204, 2, 4).folder("DMZ").cluster("DMZ-Cluster").network("VLAN900-DMZ"));
        fleet.add(vm("acme-proxy-02", Os.UBUNTU_2204, 2, 4).folder("DMZ").cluster("DMZ-Cluster").network("VLAN900-DMZ"));
        fleet.add(vm("acme-billing-sol-01", Os.SOLARIS10, 4, 16).folder("Legacy").network("VLAN120-App"));
        fleet.add(vm("acme-kiosk-01", Os.UBUNTU_32, 1, 2).folder("Legacy").network("VLAN120-App"));
        fleet.add(vm("acme-vdi-01", Os.WIN10, 2, 8).folder("Desktops").network("VLAN170-VDI").monitors(2)
                .usb("Smart card reader", "smart_card"));
        // "Fixed Passthru HotPlug" = True: hot-plug enabled, no device known to be attached (information only)
        fleet.add(vm("acme-gpu-01", Os.UBUNTU_2204, 16, 64).folder("Analytics").network("VLAN140-Data")
                .passthrough().annotation("Batch scoring; passthrough hot-plug left on after a GPU trial"));
        // retire candidates: powered off
        fleet.add(vm("acme-old-web-01", Os.UBUNTU_2204, 2, 4).folder("Web").network("VLAN110-Web").off());
        fleet.add(vm("acme-test-03", Os.RHEL8, 2, 8).folder("Test").network("VLAN130-Tools").off());
        fleet.add(vm("acme-poc-ml-01", Os.UBUNTU_2404, 8, 32).folder("Test").network("VLAN130-Tools").off());
        fleet.add(vm("acme-migr-tmp-01", Os.WIN2019, 2, 8).folder("Test").network("VLAN130-Tools").off());
        fleet.add(vm("acme-decom-app-02", Os.CENTOS7, 2, 4).folder("Decommission").network("VLAN120-App").off()
                .annotation("Decommission requested 2024-11"));
        // insufficient data: neither OS column filled
        fleet.add(vm("acme-vm-0417", Os.NONE, 2, 4).network("VLAN120-App"));
        fleet.add(vm("acme-imported-01", Os.NONE, 4, 8).network("VLAN120-App").annotation("Imported OVA"));
        // templates
        fleet.add(vm("tpl-ubuntu-2204", Os.UBUNTU_2204, 2, 4).folder("Templates").network("VLAN130-Tools").template());
        fleet.add(vm("tpl-win2022", Os.WIN2022, 2, 8).folder("Templates").network("VLAN130-Tools").template());
        fleet.addAll(roles01());
        return fleet;
    }

    /**
     * What the VMs are, as a consultant recognises it from their names, annotations and folders:
     * one VM of every role family of the role catalog, the appliances whose function the target
     * platform provides, the system VMs vSphere runs itself, Windows judged by evidence, guests no
     * KubeVirt platform supports, an OS range, a release the inventory does not state, and USB
     * rows with and without a connected device. Appended after the first fleet, so its cells and
     * tabs stay as they were.
     */
    private static List<SampleVm> roles01() {
        List<SampleVm> fleet = new ArrayList<>();
        // roles that need a full OS: VM on Kubernetes on a supported guest
        fleet.add(vm("ACME-DC01", Os.WIN2022, 2, 8).folder("Infra").network("VLAN150-Infra")
                .annotation("AD DS, FSMO role holder"));
        fleet.add(vm("SRVDC02", Os.WIN2016, 2, 8).folder("Infra").network("VLAN150-Infra"));
        fleet.add(vm("ACME-RDS07", Os.WIN2019, 8, 32).folder("RDS-Farm").network("VLAN170-VDI")
                .annotation("Remote Desktop Session Host, finance users"));
        fleet.add(vm("acme-exch-01", Os.WIN2019, 8, 48).folder("Messaging").network("VLAN150-Infra")
                .annotation("Exchange 2019 mailbox server, DAG member"));
        fleet.add(vm("acme-sp-01", Os.WIN2019, 4, 24).folder("Collaboration").network("VLAN120-App")
                .annotation("SharePoint Server 2019 farm"));
        fleet.add(vm("acme-wsus01", Os.WIN2019, 2, 8).folder("Infra").network("VLAN150-Infra"));
        fleet.add(vm("acme-sccm-01", Os.WIN2022, 4, 16).folder("Infra").network("VLAN150-Infra")
                .annotation("MECM primary site server"));
        fleet.add(vm("ACMESQL14", Os.WIN2019, 8, 64).folder("Databases").network("VLAN140-Data"));
        fleet.add(vm("acme-ora-01", Os.ORACLE_LINUX8, 8, 64).folder("Databases").network("VLAN140-Data")
                .annotation("Oracle Database 19c, ERP schema"));
        // a licence server with its dongle connected: neither containers nor KubeVirt can carry it
        fleet.add(vm("acme-lic-01", Os.WIN2019, 2, 4).folder("Infra").network("VLAN150-Infra")
                .annotation("FlexNet licence server, CAD seats").usb("Sentinel HL Max dongle", "vendor_specific"));
        // evidence for containers; the Tomcat VM has a USB controller with nothing on it
        fleet.add(vm("acme-tomcat-01", Os.RHEL9, 4, 8).folder("Orders").network("VLAN120-App")
                .annotation("Tomcat 10, order service").usbController());
        fleet.add(vm("acme-dotnet-01", Os.WIN2022, 4, 8).folder("Orders").network("VLAN120-App")
                .annotation("ASP.NET Core 8 service (Kestrel)"));
        fleet.add(vm("acme-kafka-01", Os.RHEL9, 4, 16).folder("Streaming").network("VLAN120-App")
                .annotation("Kafka 3.7 (KRaft), order events"));
        // appliances to replace: by annotation, by name, by folder
        fleet.add(vm("acme-mgmt-01", Os.PHOTON_APPLIANCE, 4, 21).folder("Management").network("VLAN100-Mgmt")
                .annotation("VMware vCenter Server Appliance"));
        fleet.add(vm("acme-nsxmgr-01", Os.UBUNTU_NO_RELEASE, 6, 24).folder("Management").network("VLAN100-Mgmt"));
        fleet.add(vm("acme-bkp-px01", Os.WIN2019, 4, 8).folder("Proxy-Veeam").network("VLAN100-Mgmt"));
        fleet.add(vm("acme-inet-gw-01", Os.CENTOS_4_TO_7, 2, 0).memoryMib(5632).folder("Network").network("VLAN900-DMZ")
                .annotation("PA-VM-10.2.9"));
        // system VMs: listed and counted, never assessed
        fleet.add(vm("vCLS-7f3a2c91-5d4e-4b8a-9c61-2e0d8f4b7a13", Os.PHOTON_VCLS, 1, 0).memoryMib(128).disk(2).noDns()
                .folder("vCLS").network("VLAN100-Mgmt")
                .annotation("vSphere Cluster Service VM is deployed from an OVA with a minimal installed profile of PhotonOS."
                        + " vSphere Cluster Service manages the resources, power state and availability of these VMs."));
        fleet.add(vm("shop-frontend-6d9f7c7b5-k2x8p", Os.PHOTON_CRX, 1, 0).memoryMib(512).disk(1)
                .folder("Namespaces").resourcePool("Namespaces/shop").network("VLAN210-Shop"));
        // Windows without evidence of a Windows-container workload stays a VM
        fleet.add(vm("acme-fin-02", Os.WIN2022, 4, 16).folder("Finance").network("VLAN120-App")
                .annotation("Treasury vendor package"));
        // guests no KubeVirt platform supports: keep as VM, upgrade to move
        fleet.add(vm("ACMEBRDC01", Os.CENTOS6, 1, 2).folder("Infra").network("VLAN150-Infra")
                .annotation("Samba 4 AD domain controller, warehouse"));
        fleet.add(vm("acme-hist-01", Os.RHEL6_32, 1, 2).folder("Plant").network("VLAN180-Plant")
                .annotation("Line 3 historian collector"));
        // an OS range and a family without its release
        fleet.add(vm("acme-sftp-01", Os.CENTOS_4_TO_7, 1, 2).folder("Partners").network("VLAN190-Partner")
                .annotation("SFTP partner drop box"));
        fleet.add(vm("acme-jump-01", Os.UBUNTU_NO_RELEASE, 2, 4).folder("Tools").network("VLAN130-Tools"));
        return fleet;
    }

    /** The vcenter02 rows (31: 30 VMs and one without a name). */
    public static List<List<Object>> vcenter02() {
        List<SampleVm> fleet = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-shop-web-%02d", i), Os.UBUNTU_2404, 2, 4).folder("Shop").network("VLAN210-Shop"));
        }
        for (int i = 1; i <= 4; i++) {
            fleet.add(vm(String.format(Locale.ROOT, "acme-shop-api-%02d", i), Os.RHEL9, 4, 8).folder("Shop").network("VLAN210-Shop"));
        }
        fleet.add(vm("acme-shop-worker-01", Os.DEBIAN12, 2, 8).folder("Shop").network("VLAN210-Shop"));
        fleet.add(vm("acme-shop-worker-02", Os.DEBIAN12, 2, 8).folder("Shop").network("VLAN210-Shop"));
        fleet.add(vm("acme-cdn-01", Os.UBUNTU_2204, 2, 4).folder("Shop").network("VLAN210-Shop"));
        fleet.add(vm("acme-iis-03", Os.WIN2019, 4, 8).folder("Shop").network("VLAN210-Shop"));
        fleet.add(vm("acme-shop-sql-01", Os.WIN2022, 8, 64).folder("Databases").network("VLAN240-Data")
                .annotation("SQL Server, \"Shop\" catalogue; owner: shop team"));
        fleet.add(vm("acme-legacy-03", Os.CENTOS7, 2, 4).folder("Legacy").network("VLAN220-App"));
        fleet.add(vm("acme-etl-01", Os.RHEL8, 48, 256).folder("Data").network("VLAN240-Data"));
        fleet.add(vm("acme-ldap-02", Os.OTHER_26, 2, 4).folder("Infra").network("VLAN250-Infra"));
        fleet.add(vm("acme-hr-01", Os.WIN2008R2, 2, 8).folder("Legacy").network("VLAN220-App").annotation("Payroll\nrunbook: see wiki"));
        fleet.add(vm("acme-print-01", Os.WIN2012, 2, 4).folder("Infra").network("VLAN250-Infra"));
        fleet.add(vm("acme-card-01", Os.RHEL9, 4, 16).folder("Payments").network("VLAN260-PCI").compliance(PCI));
        fleet.add(vm("acme-edge-01", Os.UBUNTU_2204, 2, 4).folder("DMZ").network("VLAN990-DMZ"));
        fleet.add(vm("acme-dongle-01", Os.WIN2019, 2, 4).folder("Infra").network("VLAN250-Infra").passthrough()
                .annotation("License dongle server"));
        fleet.add(vm("acme-old-shop-01", Os.UBUNTU_2204, 2, 4).folder("Shop").network("VLAN210-Shop").off());
        fleet.add(vm("acme-test-11", Os.RHEL9, 2, 4).folder("Test").network("VLAN230-Test").off());
        fleet.add(vm("acme-test-12", Os.DEBIAN12, 2, 4).folder("Test").network("VLAN230-Test").off());
        fleet.add(vm("acme-archive-01", Os.WIN2012, 2, 8).folder("Decommission").network("VLAN220-App").off());
        fleet.add(vm("acme-vm-1022", Os.NONE, 2, 4).network("VLAN220-App"));
        fleet.add(vm("acme-p2v-07", Os.NONE, 4, 16).network("VLAN220-App").annotation("P2V 2019, tools never installed"));
        fleet.add(vm("tpl-rhel9", Os.RHEL9, 2, 4).folder("Templates").network("VLAN230-Test").template());
        fleet.add(vm("tpl-debian12", Os.DEBIAN12, 2, 4).folder("Templates").network("VLAN230-Test").template());
        return rows(Site.VCENTER02, vInfoHeader(), fleet, 9);
    }

    /** Writes rows under {@link #vInfoHeader()} as an RVTools-style workbook with a vMetaData sheet. */
    public static void writeXlsx(List<List<Object>> rows, String server, OutputStream out) throws IOException {
        writeXlsx(vInfoHeader(), rows, Map.of(), server, out);
    }

    /**
     * Writes rows under {@code header} as an RVTools-style workbook: vInfo, then the given tabs
     * (sheet name to header and rows) in their order, then vMetaData.
     */
    public static void writeXlsx(List<String> header, List<List<Object>> rows, Map<String, List<List<Object>>> tabs,
            String server, OutputStream out) throws IOException {
        // shared strings, as RVTools writes them
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 100, false, true)) {
            Date exported = Date.from(EXPORTED.toInstant(ZoneOffset.UTC));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(exported));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setModified(Optional.of(exported));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("fleetfit SampleFleet");
            Styles styles = new Styles(wb);

            Sheet vInfo = wb.createSheet("vInfo");
            writeRow(vInfo.createRow(0), new ArrayList<>(header), styles, true);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(vInfo.createRow(r + 1), rows.get(r), styles, false);
            }
            for (Map.Entry<String, List<List<Object>>> tab : tabs.entrySet()) {
                Sheet sheet = wb.createSheet(tab.getKey());
                for (int r = 0; r < tab.getValue().size(); r++) {
                    writeRow(sheet.createRow(r), tab.getValue().get(r), styles, r == 0);
                }
            }

            Sheet meta = wb.createSheet("vMetaData");
            writeRow(meta.createRow(0), List.of("RVTools major version", "RVTools version",
                    "xlsx creation datetime", "Server"), styles, true);
            writeRow(meta.createRow(1), List.of(4.7, "4.7.1.4", EXPORTED, server), styles, false);
            wb.write(out);
        }
    }

    /** Writes rows under {@link #vInfoHeader()} as comma-separated UTF-8, quoting only where needed. */
    public static void writeCsv(List<List<Object>> rows, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
        csv.writeNext(vInfoHeader().toArray(String[]::new), false);
        for (List<Object> row : rows) {
            csv.writeNext(row.stream().map(SampleFleet::csvText).toArray(String[]::new), false);
        }
        csv.flush();
    }

    private static void writeRow(Row row, List<?> values, Styles styles, boolean header) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof LocalDateTime date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            } else if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.text);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.number);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(header ? styles.header : styles.text);
            }
        }
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime date) {
            return CSV_DATE.format(date);
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** Styles like RVTools': white bold headers on black, "#,##0" numbers, "yyyy/mm/dd hh:mm:ss" dates. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.BLACK.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = wb.createCellStyle();
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
        }
    }

    /** The two fictitious vCenters. */
    private enum Site {
        VCENTER01("vcenter01.acme.example", "ACME-DC1", "Prod-Cluster01", "esx", 1, 8, "ds-prod-", "10.10", 1201),
        VCENTER02("vcenter02.acme.example", "ACME-DC2", "Branch-Cluster01", "esx-br", 1, 4, "ds-branch-", "10.20", 3401),
        VCENTER03("vcenter03.acme.example", "ACME-DC3", "Branch-Cluster02", "esx-ro", 1, 2, "ds-ro-", "10.30", 5101);

        final String server;
        final String datacenter;
        final String cluster;
        final String hostPrefix;
        final int firstHost;
        final int hosts;
        final String datastorePrefix;
        final String network;
        final int firstVmId;

        Site(String server, String datacenter, String cluster, String hostPrefix, int firstHost, int hosts,
                String datastorePrefix, String network, int firstVmId) {
            this.server = server;
            this.datacenter = datacenter;
            this.cluster = cluster;
            this.hostPrefix = hostPrefix;
            this.firstHost = firstHost;
            this.hosts = hosts;
            this.datastorePrefix = datastorePrefix;
            this.network = network;
            this.firstVmId = firstVmId;
        }
    }

    /**
     * OS strings exactly as RVTools writes them, with the Guest Detailed Data VMware Tools reports.
     * The configuration file's OS is the Tools' unless given apart (appliances and vCLS agents,
     * whose configured guest is a generic Linux while the Tools report Photon OS).
     */
    private enum Os {
        UBUNTU_2204("Ubuntu Linux (64-bit)", "bitness='64' distroName='Ubuntu' distroVersion='22.04' familyName='Linux'"
                + " kernelVersion='5.15.0-119-generic' prettyName='Ubuntu 22.04.4 LTS'", true),
        UBUNTU_2404("Ubuntu Linux (64-bit)", "bitness='64' distroName='Ubuntu' distroVersion='24.04' familyName='Linux'"
                + " kernelVersion='6.8.0-45-generic' prettyName='Ubuntu 24.04.1 LTS'", true),
        UBUNTU_32("Ubuntu Linux (32-bit)", "bitness='32' distroName='Ubuntu' distroVersion='16.04' familyName='Linux'"
                + " kernelVersion='4.4.0-210-generic' prettyName='Ubuntu 16.04.7 LTS'", false),
        RHEL8("Red Hat Enterprise Linux 8 (64-bit)", "architecture='X86' bitness='64' cpeString='cpe:/o:redhat:enterprise_linux:8::baseos'"
                + " distroName='Red Hat Enterprise Linux' distroVersion='8.10' familyName='Linux'"
                + " kernelVersion='4.18.0-553.16.1.el8_10.x86_64' prettyName='Red Hat Enterprise Linux 8.10 (Ootpa)'", true),
        RHEL9("Red Hat Enterprise Linux 9 (64-bit)", "architecture='X86' bitness='64' cpeString='cpe:/o:redhat:enterprise_linux:9::baseos'"
                + " distroName='Red Hat Enterprise Linux' distroVersion='9.4' familyName='Linux'"
                + " kernelVersion='5.14.0-427.33.1.el9_4.x86_64' prettyName='Red Hat Enterprise Linux 9.4 (Plow)'", true),
        DEBIAN12("Debian GNU/Linux 12 (64-bit)", "bitness='64' distroName='Debian' distroVersion='12' familyName='Linux'"
                + " kernelVersion='6.1.0-25-amd64' prettyName='Debian GNU/Linux 12 (bookworm)'", true),
        CENTOS7("CentOS 7 (64-bit)", "bitness='64' distroName='CentOS Linux' distroVersion='7' familyName='Linux'"
                + " kernelVersion='3.10.0-1160.119.1.el7.x86_64' prettyName='CentOS Linux 7 (Core)'", false),
        SLES12("SUSE Linux Enterprise 12 (64-bit)", "bitness='64' distroName='SLES' distroVersion='12.5' familyName='Linux'"
                + " kernelVersion='4.12.14-122.216-default' prettyName='SUSE Linux Enterprise Server 12 SP5'", false),
        OTHER_26("Other 2.6.x Linux (64-bit)", null, false),
        WIN2022("Microsoft Windows Server 2022 (64-bit)", "architecture='X86' bitness='64' buildNumber='20348'"
                + " distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='20348.2700'"
                + " prettyName='Windows Server 2022, 64-bit (Build 20348.2700)'", true),
        WIN2016("Microsoft Windows Server 2016 (64-bit)", "architecture='X86' bitness='64' buildNumber='14393'"
                + " distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='14393.7699'"
                + " prettyName='Windows Server 2016, 64-bit (Build 14393.7699)'", true),
        WIN2019("Microsoft Windows Server 2019 (64-bit)", "architecture='X86' bitness='64' buildNumber='17763'"
                + " distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='17763.6293'"
                + " prettyName='Windows Server 2019, 64-bit (Build 17763.6293)'", true),
        // RVTools writes "Windows Server 2012" for 2012 and 2012 R2; only the Tools' prettyName tells them apart
        WIN2012("Microsoft Windows Server 2012 (64-bit)", "architecture='X86' bitness='64' buildNumber='9600'"
                + " distroName='Windows' distroVersion='6.3' familyName='Windows' kernelVersion='9600.21620'"
                + " prettyName='Windows Server 2012 R2 Standard, 64-bit (Build 9600.21620)'", false),
        WIN2008R2("Microsoft Windows Server 2008 R2 (64-bit)", null, false),
        WIN10("Microsoft Windows 10 (64-bit)", "architecture='X86' bitness='64' buildNumber='19045'"
                + " distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='19045.4894'"
                + " prettyName='Windows 10 Enterprise, 64-bit (Build 19045.4894)'", true),
        SOLARIS10("Oracle Solaris 10 (64-bit)", null, false),
        // Tools too old to report Guest Detailed Data: the family without its release
        UBUNTU_NO_RELEASE("Ubuntu Linux (64-bit)", null, false),
        CENTOS6("CentOS 6 (64-bit)", "bitness='64' distroName='CentOS' distroVersion='6.10' familyName='Linux'"
                + " kernelVersion='2.6.32-754.35.1.el6.x86_64' prettyName='CentOS release 6.10 (Final)'", false),
        RHEL6_32("Red Hat Enterprise Linux 6 (32-bit)", null, false),
        // a range, as vSphere names the guest type shared by CentOS 4 to 7
        CENTOS_4_TO_7("CentOS 4/5/6/7 (64-bit)", null, false),
        ORACLE_LINUX8("Oracle Linux 8 (64-bit)", "architecture='X86' bitness='64' distroName='Oracle Linux Server'"
                + " distroVersion='8.10' familyName='Linux' kernelVersion='5.15.0-209.161.7.2.el8uek.x86_64'"
                + " prettyName='Oracle Linux Server 8.10'", true),
        // the vCenter Server Appliance and Aria appliances: a generic Linux configured, Photon OS in the guest
        PHOTON_APPLIANCE("VMware Photon OS (64-bit)", "Other 3.x or later Linux (64-bit)", "architecture='X86' bitness='64'"
                + " distroAddlVersion='4.0' distroName='VMware Photon OS' distroVersion='4.0' familyName='Linux'"
                + " kernelVersion='5.10.201-1.ph4' prettyName='VMware Photon OS/Linux'", true),
        // a vSphere Cluster Service agent (vSphere 7): "Other 2.6.x Linux" configured, Photon OS in the guest
        PHOTON_VCLS("VMware Photon OS (64-bit)", "Other 2.6.x Linux (64-bit)", null, false),
        // a vSphere Pod VM (vSphere with Tanzu): the CRX runtime
        PHOTON_CRX("VMware Photon CRX (64-bit)", null, true),
        NONE(null, null, false);

        /** As the VMware Tools report it. */
        final String name;
        /** As the configuration file states it. */
        final String configName;
        final String guestDetail;
        final boolean efi;

        Os(String name, String guestDetail, boolean efi) {
            this(name, name, guestDetail, efi);
        }

        Os(String name, String configName, String guestDetail, boolean efi) {
            this.name = name;
            this.configName = configName;
            this.guestDetail = guestDetail;
            this.efi = efi;
        }
    }

    private static SampleVm vm(String name, Os os, int cpus, int memoryGib) {
        return new SampleVm(name, os, cpus, memoryGib);
    }

    /** One sample VM's stated facts; everything else is derived or drawn from the seeded Random. */
    private static final class SampleVm {
        final String name;
        final Os os;
        final int cpus;
        final int memoryGib;
        boolean on = true;
        boolean template;
        boolean passthrough;
        String folder;
        String cluster;
        String network;
        String annotation;
        String compliance;
        String latency = "normal";
        String ft = "notConfigured";
        String ruleGroup;
        String ruleName;
        int monitors = 1;
        boolean rdm;
        boolean sriov;
        /** A USB device on the VM's controller (vUSB Device Type), connected; null: none. */
        String usbDevice;
        String usbFamily;
        /** A USB controller row in vUSB, with or without a device on it. */
        boolean usbController;
        int memoryMib;
        int diskGib;
        boolean noDns;
        String resourcePool;

        SampleVm(String name, Os os, int cpus, int memoryGib) {
            this.name = name;
            this.os = os;
            this.cpus = cpus;
            this.memoryGib = memoryGib;
        }

        SampleVm off() { on = false; return this; }
        SampleVm template() { template = true; on = false; return this; }
        SampleVm passthrough() { passthrough = true; return this; }
        SampleVm folder(String v) { folder = v; return this; }
        SampleVm cluster(String v) { cluster = v; return this; }
        SampleVm network(String v) { network = v; return this; }
        SampleVm annotation(String v) { annotation = v; return this; }
        SampleVm compliance(String v) { compliance = v; return this; }
        SampleVm latency(String v) { latency = v; return this; }
        SampleVm ft(String v) { ft = v; return this; }
        SampleVm rule(String group, String name) { ruleGroup = group; ruleName = name; return this; }
        SampleVm monitors(int v) { monitors = v; return this; }
        SampleVm rdm() { rdm = true; return this; }
        SampleVm sriov() { sriov = true; return this; }
        /** A connected USB device of this vUSB Device Type and family, on a USB controller. */
        SampleVm usb(String deviceType, String family) { usbDevice = deviceType; usbFamily = family; usbController = true; return this; }
        /** A USB controller with nothing connected. */
        SampleVm usbController() { usbController = true; return this; }
        /** Memory in MiB, for VMs smaller than a GiB or not a whole number of GiB. */
        SampleVm memoryMib(int v) { memoryMib = v; return this; }
        /** One disk of this size instead of the drawn ones. */
        SampleVm disk(int gib) { diskGib = gib; return this; }
        SampleVm noDns() { noDns = true; return this; }
        SampleVm resourcePool(String v) { resourcePool = v; return this; }
    }

    /** Every VM as a row under {@code header}, plus one unnamed row inserted at {@code unnamedAt} (none when negative). */
    private static List<List<Object>> rows(Site site, List<String> header, List<SampleVm> fleet, int unnamedAt) {
        Random random = new Random(SEED + site.ordinal());
        String sdkUuid = uuid(random, "");
        List<List<Object>> rows = new ArrayList<>();
        int vmId = site.firstVmId;
        for (SampleVm vm : fleet) {
            rows.add(row(site, header, vm, random, sdkUuid, vmId));
            vmId += 1 + random.nextInt(40);
        }
        // a row whose VM name was lost (a hand edit): every other cell filled
        if (unnamedAt >= 0) {
            List<Object> unnamed = row(site, header, vm("acme-app-99", Os.RHEL9, 2, 4).network("VLAN120-App"), random, sdkUuid, vmId);
            unnamed.set(0, null);
            rows.add(unnamedAt, unnamed);
        }
        return rows;
    }

    private static List<Object> row(Site site, List<String> header, SampleVm vm, Random random, String sdkUuid, int vmId) {
        int host = site.firstHost + random.nextInt(site.hosts);
        String datastore = site.datastorePrefix + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(6));
        String cluster = vm.cluster != null ? vm.cluster : site.cluster;
        long memoryMib = vm.memoryMib > 0 ? vm.memoryMib : vm.memoryGib * 1024L;
        int drawnDisks = 1 + random.nextInt(3);
        long drawnDiskMib = (40L + 20L * random.nextInt(drawnDisks * 8)) * 1024L;
        int disks = vm.diskGib > 0 ? 1 : drawnDisks;
        long diskMib = vm.diskGib > 0 ? vm.diskGib * 1024L : drawnDiskMib;
        long provisionedMib = diskMib + memoryMib + random.nextInt(400);
        long inUseMib = vm.on
                ? (long) (diskMib * (0.2 + 0.6 * random.nextDouble())) + memoryMib
                : (long) (diskMib * (0.1 + 0.5 * random.nextDouble()));
        int age = 60 + random.nextInt(2200);
        LocalDateTime created = EXPORTED.minusDays(age).minusSeconds(random.nextInt(86_400));
        LocalDateTime poweredOn = EXPORTED.minusDays(1 + random.nextInt(Math.min(120, age - 1))).minusSeconds(random.nextInt(86_400));
        LocalDateTime changed = EXPORTED.minusDays(random.nextInt(30)).minusSeconds(random.nextInt(86_400));
        String ip = site.network + "." + (10 + random.nextInt(80)) + "." + (10 + random.nextInt(240));
        String smbios = uuid(random, "4207");
        String instance = uuid(random, "5007");
        boolean tools = vm.on && vm.os.name != null;
        String vmx = "[" + datastore + "] " + vm.name + "/";

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("VM", vm.name);
        v.put("Powerstate", vm.on ? "poweredOn" : "poweredOff");
        v.put("Template", vm.template ? "True" : "False");
        v.put("SRM Placeholder", "False");
        v.put("Config status", "green");
        v.put("DNS Name", tools && !vm.noDns ? vm.name.toLowerCase(Locale.ROOT) + ".acme.example" : null);
        v.put("Connection state", "connected");
        v.put("Guest state", vm.on ? "running" : "notRunning");
        v.put("Heartbeat", tools ? "green" : "gray");
        v.put("Consolidation Needed", "False");
        v.put("PowerOn", vm.on ? poweredOn : null);
        v.put("Suspended To Memory", "False");
        v.put("Suspend Interval", 0);
        v.put("Creation date", created);
        v.put("Change Version", changed);
        v.put("CPUs", vm.cpus);
        v.put("Overall Cpu Readiness", vm.on ? Math.round(random.nextDouble() * 300) / 100.0 : null);
        v.put("Memory", memoryMib);
        v.put("Active Memory", vm.on ? (long) (memoryMib * (0.05 + 0.4 * random.nextDouble())) : 0L);
        v.put("NICs", 1);
        v.put("Disks", disks);
        v.put("Total disk capacity MiB", diskMib);
        v.put("Fixed Passthru HotPlug", vm.passthrough ? "True" : "False");
        v.put("min Required EVC Mode Key", vm.on ? "intel-icelake" : null);
        v.put("Latency Sensitivity", vm.latency);
        v.put("Op Notification Timeout", 0);
        v.put("EnableUUID", "False");
        v.put("CBT", "True");
        v.put("Primary IP Address", tools ? ip : null);
        v.put("Network #1", vm.network);
        v.put("Num Monitors", vm.monitors);
        v.put("Video Ram KiB", vm.monitors > 1 ? 16384 : 4096);
        v.put("Resource pool", "/" + site.datacenter + "/" + cluster + "/Resources" + (vm.resourcePool == null ? "" : "/" + vm.resourcePool));
        v.put("Folder ID", vm.folder == null ? null : "group-v" + (100 + Math.abs(vm.folder.hashCode()) % 900));
        v.put("Folder", vm.folder);
        v.put("DAS protection", vm.on ? "True" : "False");
        v.put("FT State", vm.ft);
        v.put("FT Role", "running".equals(vm.ft) ? 1 : null);
        v.put("FT Bandwidth", -1);
        v.put("FT Sec. Latency", -1);
        v.put("Vm Failover In Progress", "False");
        v.put("Provisioned MiB", provisionedMib);
        v.put("In Use MiB", inUseMib);
        v.put("Unshared MiB", inUseMib);
        v.put("HA Restart Priority", "medium");
        v.put("HA Isolation Response", "none");
        v.put("HA VM Monitoring", "vmMonitoringDisabled");
        v.put("Cluster rule(s)", vm.ruleGroup);
        v.put("Cluster rule name(s)", vm.ruleName);
        v.put("Boot Required", "False");
        v.put("Boot delay", 0);
        v.put("Boot retry delay", 10000);
        v.put("Boot retry enabled", "False");
        v.put("Boot BIOS setup", "False");
        v.put("EFI Secure boot", vm.os.efi ? "True" : "False");
        v.put("Firmware", vm.os.efi ? "efi" : "bios");
        v.put("HW version", vm.os.efi ? 19 : 13);
        v.put("HW upgrade status", "none");
        v.put("HW upgrade policy", "never");
        v.put("Path", vmx + vm.name + ".vmx");
        v.put("Log directory", vmx);
        v.put("Snapshot directory", vmx);
        v.put("Suspend directory", vmx);
        v.put("Annotation", vm.annotation);
        v.put(COMPLIANCE, vm.compliance);
        v.put("Datacenter", site.datacenter);
        v.put("Cluster", cluster);
        v.put("Host", site.hostPrefix + String.format(Locale.ROOT, "%02d", host) + ".acme.example");
        v.put("OS according to the configuration file", vm.os.configName);
        v.put("OS according to the VMware Tools", tools ? vm.os.name : null);
        v.put("Guest Detailed Data", tools ? vm.os.guestDetail : null);
        v.put("VM ID", "vm-" + vmId);
        v.put("SMBIOS UUID", smbios);
        v.put("VM UUID", instance);
        v.put("VI SDK Server type", VCENTER_BUILD);
        v.put("VI SDK API Version", "8.0.3");
        v.put("VI SDK Server", site.server);
        v.put("VI SDK UUID", sdkUuid);

        for (String key : v.keySet()) {
            if (!vInfoHeader().contains(key)) {
                throw new IllegalStateException("not a vInfo header: " + key);
            }
        }
        List<Object> row = new ArrayList<>(header.size());
        for (String column : header) {
            row.add(v.get(column));
        }
        return row;
    }

    /**
     * The secondary tabs for {@code vInfo} (as {@link #rows} made it from {@code fleet}): the facts
     * each VM's vInfo row states, spread over its disks, partitions and adapter, plus its hardware
     * couplings. A second seeded Random draws what vInfo does not state (disk UUIDs, MAC addresses,
     * partition usage), so the vInfo cells are the same with or without the tabs.
     */
    private static Map<String, List<List<Object>>> tabs(Site site, List<String> header, List<SampleVm> fleet,
            List<List<Object>> vInfo) {
        Random random = new Random(SEED + 100 + site.ordinal());
        List<String> diskHeader = withCompliance(RvtoolsFleet.VDISK_HEADER);
        List<String> partitionHeader = withCompliance(RvtoolsFleet.VPARTITION_HEADER);
        List<String> networkHeader = withCompliance(RvtoolsFleet.VNETWORK_HEADER);
        List<String> usbHeader = withCompliance(RvtoolsFleet.VUSB_HEADER);
        List<List<Object>> disks = new ArrayList<>(List.of(new ArrayList<>(diskHeader)));
        List<List<Object>> partitions = new ArrayList<>(List.of(new ArrayList<>(partitionHeader)));
        List<List<Object>> networks = new ArrayList<>(List.of(new ArrayList<>(networkHeader)));
        List<List<Object>> usbs = new ArrayList<>(List.of(new ArrayList<>(usbHeader)));
        Map<String, String> hostClusters = new java.util.TreeMap<>();
        int next = 0;
        for (List<Object> row : vInfo) {
            Map<String, Object> v = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                v.put(header.get(c), row.get(c));
            }
            if (v.get("VM") == null) {
                continue;                       // the row whose name was lost: its tabs are not repeated
            }
            SampleVm vm = fleet.get(next++);
            String name = vm.name;
            hostClusters.putIfAbsent((String) v.get("Host"), (String) v.get("Cluster"));
            Map<String, Object> common = new LinkedHashMap<>();
            for (String key : List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Annotation", COMPLIANCE,
                    "Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
                    "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID")) {
                common.put(key, v.get(key));
            }
            String vmx = (String) v.get("Path");
            String datastore = vmx.substring(0, vmx.indexOf(']') + 1);
            boolean windows = vm.os.name != null && vm.os.name.contains("Windows");
            boolean tools = v.get("OS according to the VMware Tools") != null;

            int count = ((Number) v.get("Disks")).intValue();
            long total = ((Number) v.get("Total disk capacity MiB")).longValue();
            long[] capacity = new long[count];
            long others = 0;
            for (int d = 1; d < count; d++) {
                capacity[d] = total / count / 1024 * 1024;
                others += capacity[d];
            }
            capacity[0] = total - others;
            for (int d = 0; d < count; d++) {
                boolean raw = vm.rdm && d == count - 1;
                Map<String, Object> disk = new LinkedHashMap<>(common);
                disk.put("Disk", "Hard disk " + (d + 1));
                disk.put("Disk Key", 2000 + d);
                disk.put("Disk UUID", "6000C29" + uuid(random, "").substring(7));
                disk.put("Disk Path", windows ? (char) ('C' + d) + ":\\" : d == 0 ? "/, /boot" : "/data" + d);
                disk.put("Capacity MiB", capacity[d]);
                disk.put("Raw", raw ? "True" : "False");
                disk.put("Disk Mode", raw ? "independent_persistent" : "persistent");
                disk.put("Sharing mode", "sharingNone");
                disk.put("Thin", raw ? "False" : "True");
                disk.put("Eagerly Scrub", "False");
                disk.put("Split", "False");
                disk.put("Write Through", "False");
                disk.put("Level", "normal");
                disk.put("Shares", 1000);
                disk.put("Reservation", 0);
                disk.put("Limit", -1);
                disk.put("Controller", raw ? "LSI Logic SAS" : "VMware paravirtual SCSI");
                disk.put("Label", raw ? "SCSI controller 1" : "SCSI controller 0");
                disk.put("SCSI Unit #", 7);
                disk.put("Unit #", raw ? 0 : d);
                disk.put("Shared Bus", raw ? "physicalSharing" : "noSharing");
                disk.put("Path", datastore + " " + name + "/" + name + (d == 0 ? "" : "_" + d) + ".vmdk");
                disk.put("Raw LUN ID", raw ? "0200000000600601601234567890abcdef" + String.format(Locale.ROOT, "%02d", next) : null);
                disk.put("Raw Comp. Mode", raw ? "physicalMode" : null);
                disk.put("Internal Sort Column", name + " " + (2000 + d));
                disks.add(cells(diskHeader, disk));
                if (tools && !raw) {
                    long size = capacity[d] - (windows ? 600 : 1100);
                    long consumed = (long) (size * (0.2 + 0.6 * random.nextDouble()));
                    Map<String, Object> partition = new LinkedHashMap<>(common);
                    partition.put("Disk Key", 2000 + d);
                    partition.put("Disk", windows ? (char) ('C' + d) + ":\\" : d == 0 ? "/" : "/data" + d);
                    partition.put("Capacity MiB", size);
                    partition.put("Consumed MiB", consumed);
                    partition.put("Free MiB", size - consumed);
                    partition.put("Free %", (size - consumed) * 100 / size);
                    partition.put("Internal Sort Column", name + " " + (2000 + d));
                    partitions.add(cells(partitionHeader, partition));
                }
            }

            String os = vm.os.name == null ? "" : vm.os.name;
            String adapter = vm.sriov ? "SriovEthernetCard" : os.contains("2008") || os.contains("2012") ? "E1000e" : "Vmxnet3";
            Map<String, Object> nic = new LinkedHashMap<>(common);
            nic.put("NIC label", "Network adapter 1");
            nic.put("Adapter", adapter);
            nic.put("Network", v.get("Network #1"));
            nic.put("Switch", "dvs-" + site.datacenter.toLowerCase(Locale.ROOT));
            nic.put("Connected", "poweredOn".equals(v.get("Powerstate")) ? "True" : "False");
            nic.put("Starts Connected", "True");
            nic.put("Mac Address", String.format(Locale.ROOT, "00:50:56:%02x:%02x:%02x", random.nextInt(256),
                    random.nextInt(256), random.nextInt(256)));
            nic.put("Type", "assigned");
            nic.put("IPv4 Address", v.get("Primary IP Address"));
            // vSphere allows DirectPath I/O Gen2 on every Vmxnet3 adapter, and RVTools shows True there
            nic.put("Direct Path IO", adapter.equals("Vmxnet3") ? "True" : "False");
            nic.put("Internal Sort Column", name + " Network adapter 1");
            networks.add(cells(networkHeader, nic));

            if (vm.usbController) {
                // the controller itself is a vUSB row too: no device, nothing connected
                Map<String, Object> controller = new LinkedHashMap<>(common);
                controller.put("OS according to the VMware tools", controller.remove("OS according to the VMware Tools"));
                controller.put("Device Node", "USB xHCI controller");
                controller.put("Device Type", "VirtualUSBXHCIController");
                controller.put("Connected", "False");
                controller.put("EHCI enabled", "False");
                controller.put("Auto connect", "True");
                controller.put("Bus number", 0);
                controller.put("VMRef", v.get("VM ID"));
                usbs.add(cells(usbHeader, controller));
            }
            if (vm.usbDevice != null) {
                Map<String, Object> usb = new LinkedHashMap<>(common);
                usb.put("OS according to the VMware tools", usb.remove("OS according to the VMware Tools"));
                usb.put("Device Node", "USB 1");
                usb.put("Device Type", vm.usbDevice);
                usb.put("Connected", "True");
                usb.put("Family", vm.usbFamily);
                usb.put("Speed", "full");
                usb.put("EHCI enabled", "False");
                usb.put("Auto connect", "True");
                usb.put("Bus number", 0);
                usb.put("Unit number", 1);
                usb.put("VMRef", v.get("VM ID"));
                usbs.add(cells(usbHeader, usb));
            }
        }

        List<List<Object>> hosts = new ArrayList<>(List.of(new ArrayList<>(RvtoolsFleet.VHOST_HEADER)));
        int h = 0;
        for (Map.Entry<String, String> host : hostClusters.entrySet()) {
            boolean older = ++h > 6;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Host", host.getKey());
            v.put("Datacenter", site.datacenter);
            v.put("Cluster", host.getValue());
            v.put("Config status", "green");
            v.put("in Maintenance Mode", "False");
            v.put("CPU Model", older ? "Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz" : "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz");
            v.put("# CPU", 2);
            v.put("Cores per CPU", older ? 18 : 32);
            v.put("# Cores", older ? 36 : 64);
            v.put("ESX Version", older ? "VMware ESXi 7.0.3 build-23794027" : "VMware ESXi 8.0.3 build-24280767");
            v.put("Vendor", "Dell Inc.");
            v.put("Model", older ? "PowerEdge R740" : "PowerEdge R750");
            v.put("Object ID", "host-" + (100 + h));
            v.put("UUID", uuid(random, "4c4c4544"));
            v.put("VI SDK Server", site.server);
            hosts.add(cells(RvtoolsFleet.VHOST_HEADER, v));
        }

        Map<String, List<List<Object>>> tabs = new LinkedHashMap<>();
        tabs.put("vDisk", disks);
        tabs.put("vPartition", partitions);
        tabs.put("vNetwork", networks);
        tabs.put("vUSB", usbs);
        tabs.put("vHost", hosts);
        return tabs;
    }

    /** A secondary tab's header with the samples' custom attribute after Annotation, as RVTools repeats it. */
    private static List<String> withCompliance(List<String> header) {
        List<String> columns = new ArrayList<>(header);
        columns.add(columns.indexOf("Annotation") + 1, COMPLIANCE);
        return List.copyOf(columns);
    }

    /** The values of a row in header order; a key the header lacks is a bug in the generator. */
    private static List<Object> cells(List<String> header, Map<String, Object> values) {
        for (String key : values.keySet()) {
            if (!header.contains(key)) {
                throw new IllegalStateException("no such column: " + key);
            }
        }
        List<Object> row = new ArrayList<>(header.size());
        for (String column : header) {
            row.add(values.get(column));
        }
        return row;
    }

    /** A UUID in vSphere's lower-case form, its first hex digits replaced by {@code prefix}. */
    private static String uuid(Random random, String prefix) {
        StringBuilder hex = new StringBuilder(prefix);
        while (hex.length() < 32) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
