package io.fleetfit.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.XlsxInventoryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFleetTest {

    /** Where the generated samples are committed, relative to the project folder tests run in. */
    private static final Path COMMITTED = Path.of("sample-inventories");

    @TempDir
    Path temp;

    @Test
    void generatingTwiceWritesTheSameCells() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        SampleFleet.write(first);
        SampleFleet.write(second);

        assertThat(dump(first.resolve(SampleFleet.XLSX_FILE))).isEqualTo(dump(second.resolve(SampleFleet.XLSX_FILE)));
        assertThat(first.resolve(SampleFleet.CSV_FILE)).hasSameBinaryContentAs(second.resolve(SampleFleet.CSV_FILE));
        assertThat(dump(first.resolve(SampleFleet.TRIMMED_XLSX_FILE))).isEqualTo(dump(second.resolve(SampleFleet.TRIMMED_XLSX_FILE)));
    }

    @Test
    void committedSamplesAreWhatTheGeneratorWrites() throws IOException {
        SampleFleet.write(temp);

        assertThat(dump(COMMITTED.resolve(SampleFleet.XLSX_FILE))).isEqualTo(dump(temp.resolve(SampleFleet.XLSX_FILE)));
        assertThat(COMMITTED.resolve(SampleFleet.CSV_FILE)).hasSameBinaryContentAs(temp.resolve(SampleFleet.CSV_FILE));
        assertThat(dump(COMMITTED.resolve(SampleFleet.TRIMMED_XLSX_FILE))).isEqualTo(dump(temp.resolve(SampleFleet.TRIMMED_XLSX_FILE)));
        try (var files = Files.list(COMMITTED)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("every sample file is the generator's")
                    .containsExactlyInAnyOrder("README.md", SampleFleet.XLSX_FILE, SampleFleet.CSV_FILE, SampleFleet.TRIMMED_XLSX_FILE);
        }
    }

    @Test
    void workbookReadsBackAsAnRvtoolsExportWithOneRejection() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.XLSX_FILE))) {
            summary = XlsxInventoryReader.read(SampleFleet.XLSX_FILE, in, rows::add);
        }

        assertThat(summary).isEqualTo(new ReadSummary(SampleFleet.XLSX_FILE, "vInfo", "RVTools xlsx", "4.7.1.4", 85));
        assertThat(rows.stream().filter(ReadRow.Rejected.class::isInstance)).hasSize(1);
        assertThat(vms(rows)).hasSize(84).allSatisfy(vm -> assertThat(vm.warnings()).isEmpty());
        assertThat(vms(rows)).allSatisfy(vm -> assertThat(vm.viSdkServer()).isEqualTo("vcenter01.acme.example"));
    }

    @Test
    void csvReadsBackWithOneRejection() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.CSV_FILE))) {
            summary = CsvInventoryReader.read(SampleFleet.CSV_FILE, in, rows::add);
        }

        assertThat(summary).isEqualTo(new ReadSummary(SampleFleet.CSV_FILE, "", "RVTools CSV", null, 31));
        assertThat(rows.stream().filter(ReadRow.Rejected.class::isInstance)).hasSize(1);
        assertThat(vms(rows)).hasSize(30).allSatisfy(vm -> assertThat(vm.warnings()).isEmpty());
        assertThat(vms(rows)).anySatisfy(vm -> assertThat(vm.annotation()).isEqualTo("Payroll\nrunbook: see wiki"));
        assertThat(vms(rows)).anySatisfy(vm -> assertThat(vm.annotation()).contains("\"Shop\""));
    }

    @Test
    void workbookStatesTheFactsEveryDispositionNeeds() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.XLSX_FILE))) {
            XlsxInventoryReader.read(SampleFleet.XLSX_FILE, in, rows::add);
        }
        List<VmRecord> vms = vms(rows);

        assertThat(vms).filteredOn(vm -> "Ubuntu Linux (64-bit)".equals(vm.osTools()) && vm.powerState() == PowerState.ON)
                .anySatisfy(vm -> assertThat(vm.guestDetail()).contains("prettyName='Ubuntu 22.04.4 LTS'"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.osConfig()).isEqualTo("CentOS 7 (64-bit)"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.cpus()).isEqualTo(48));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.vmName()).isEqualTo("acme-sql-01"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.osTools()).isEqualTo("Microsoft Windows Server 2008 R2 (64-bit)"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.osTools()).isEqualTo("Microsoft Windows Server 2012 (64-bit)"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.annotation()).isEqualTo(SampleFleet.PCI));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.customAttributes()).containsEntry(SampleFleet.COMPLIANCE, SampleFleet.PCI));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.folder()).isEqualTo("DMZ"));
        assertThat(vms).anySatisfy(vm -> assertThat(vm.fixedPassthruHotPlug()).isTrue());
        assertThat(vms).filteredOn(vm -> vm.powerState() == PowerState.OFF && !vm.isTemplate()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(vms).filteredOn(vm -> vm.osConfig() == null && vm.osTools() == null).hasSize(2);
        assertThat(vms).filteredOn(VmRecord::isTemplate).hasSize(2);
        assertThat(vms).anySatisfy(vm -> assertThat(vm.annotation()).startsWith("=HYPERLINK("));
    }

    /** What the role catalog, the KubeVirt guest catalog and the system-VM rule read: the cells as real exports write them. */
    @Test
    void workbookStatesWhatTheVmsAre() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.XLSX_FILE))) {
            XlsxInventoryReader.read(SampleFleet.XLSX_FILE, in, rows::add);
        }
        Map<String, VmRecord> vms = new HashMap<>();
        vms(rows).forEach(vm -> vms.put(vm.vmName(), vm));

        // roles in names, glued to site and environment codes
        assertThat(vms).containsKeys("ACME-DC01", "SRVDC02", "ACME-RDS07", "ACMESQL14", "acme-wsus01", "acme-exch-01",
                "acme-sp-01", "acme-sccm-01", "acme-ora-01", "acme-tomcat-01", "acme-kafka-01", "ACMEBRDC01");
        // appliances by annotation (vCenter, Palo Alto), by name (NSX) and by folder (Veeam proxy)
        assertThat(vms.get("acme-mgmt-01").annotation()).isEqualTo("VMware vCenter Server Appliance");
        assertThat(vms.get("acme-mgmt-01").osConfig()).isEqualTo("Other 3.x or later Linux (64-bit)");
        assertThat(vms.get("acme-mgmt-01").osTools()).isEqualTo("VMware Photon OS (64-bit)");
        assertThat(vms.get("acme-inet-gw-01").annotation()).isEqualTo("PA-VM-10.2.9");
        assertThat(vms.get("acme-inet-gw-01").memoryMib()).isEqualTo(5632L);
        assertThat(vms.get("acme-bkp-px01").folder()).isEqualTo("Proxy-Veeam");
        // system VMs: a vSphere Cluster Service agent and a vSphere Pod VM
        VmRecord vcls = vms.values().stream().filter(vm -> vm.vmName().startsWith("vCLS-")).findFirst().orElseThrow();
        assertThat(vcls.vmName()).matches("vCLS-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        assertThat(vcls.osConfig()).isEqualTo("Other 2.6.x Linux (64-bit)");
        assertThat(vcls.memoryMib()).isEqualTo(128L);
        assertThat(vcls.dnsName()).isNull();
        assertThat(vms.values()).filteredOn(vm -> "VMware Photon CRX (64-bit)".equals(vm.osTools())).singleElement()
                .satisfies(vm -> assertThat(vm.resourcePool()).endsWith("/Namespaces/shop"));
        // Windows by release, guests KubeVirt platforms do not support, a range and a family without its release
        assertThat(vms.get("SRVDC02").osTools()).isEqualTo("Microsoft Windows Server 2016 (64-bit)");
        assertThat(vms.get("acme-fin-02").annotation()).doesNotContainIgnoringCase("iis").doesNotContainIgnoringCase("net");
        assertThat(vms.get("ACMEBRDC01").guestDetail()).contains("prettyName='CentOS release 6.10 (Final)'");
        assertThat(vms.get("acme-hist-01").osTools()).isEqualTo("Red Hat Enterprise Linux 6 (32-bit)");
        assertThat(vms.get("acme-sftp-01").osTools()).isEqualTo("CentOS 4/5/6/7 (64-bit)");
        assertThat(vms.get("acme-jump-01").osTools()).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(vms.get("acme-jump-01").guestDetail()).isNull();
    }

    @Test
    void trimmedWorkbookHasNoInUseColumnAndVpartitionGivesTheStorage() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.TRIMMED_XLSX_FILE))) {
            summary = XlsxInventoryReader.read(SampleFleet.TRIMMED_XLSX_FILE, in, rows::add);
        }
        List<VmRecord> vms = vms(rows);

        assertThat(summary).isEqualTo(new ReadSummary(SampleFleet.TRIMMED_XLSX_FILE, "vInfo", "RVTools xlsx", "4.7.1.4", 5));
        assertThat(SampleFleet.trimmedVInfoHeader()).doesNotContainAnyElementsOf(SampleFleet.TRIMMED_COLUMNS)
                .contains("Provisioned MiB", "Total disk capacity MiB");
        assertThat(vms).hasSize(5).allSatisfy(vm -> {
            assertThat(vm.warnings()).isEmpty();
            assertThat(vm.inUseMib()).isNull();
            assertThat(vm.storageInUse().mib()).isPositive();
            assertThat(vm.storageInUse().source()).isEqualTo(vm.powerState() == PowerState.ON
                    ? VmRecord.StorageInUse.PARTITIONS : VmRecord.StorageInUse.DISKS);
        });
        assertThat(vms).filteredOn(vm -> vm.powerState() == PowerState.OFF).hasSize(1);
    }

    @Test
    void workbookTabsAgreeWithVinfoAndStateTheHardwareCouplings() throws IOException {
        SampleFleet.write(temp);
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(temp.resolve(SampleFleet.XLSX_FILE))) {
            XlsxInventoryReader.read(SampleFleet.XLSX_FILE, in, rows::add);
        }
        List<String> header = SampleFleet.vInfoHeader();
        Map<String, List<Object>> vInfo = new HashMap<>();
        for (List<Object> row : SampleFleet.vcenter01()) {
            vInfo.put((String) row.get(header.indexOf("VM")), row);
        }

        assertThat(vms(rows)).allSatisfy(vm -> {
            List<Object> row = vInfo.get(vm.vmName());
            assertThat(vm.diskCount()).isEqualTo(((Number) row.get(header.indexOf("Disks"))).intValue());
            assertThat(vm.diskCapacityMib()).isEqualTo(((Number) row.get(header.indexOf("Total disk capacity MiB"))).longValue());
            assertThat(vm.diskCapacityMib()).isLessThanOrEqualTo(vm.provisionedMib());
            assertThat(vm.networks()).isEqualTo(row.get(header.indexOf("Network #1")));
            assertThat(vm.esxiVersion()).startsWith("VMware ESXi ");
            assertThat(vm.factSheets()).containsExactly("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost");
            assertThat(vm.partitionConsumedMib() != null).isEqualTo(vm.osTools() != null);
        });
        assertThat(vms(rows)).filteredOn(vm -> vm.rawDeviceMappings() > 0).extracting(VmRecord::vmName)
                .containsExactlyInAnyOrder("acme-sql-01", "acme-sql-02");
        assertThat(vms(rows)).filteredOn(vm -> vm.passthroughNics() > 0).extracting(VmRecord::vmName)
                .containsExactly("acme-trading-01");
        // vUSB: a card reader and a dongle connected, each behind its controller; a controller alone is no device
        assertThat(vms(rows)).filteredOn(vm -> vm.usbDevices() > 0).extracting(VmRecord::vmName)
                .containsExactlyInAnyOrder("acme-vdi-01", "acme-lic-01");
        List<List<Object>> vUsb = SampleFleet.vcenter01Tabs().get("vUSB");
        assertThat(vUsb.subList(1, vUsb.size())).extracting(row -> row.get(0))
                .containsExactly("acme-vdi-01", "acme-vdi-01", "acme-lic-01", "acme-lic-01", "acme-tomcat-01");
        assertThat(vms(rows)).filteredOn(vm -> vm.vmName().equals("acme-tomcat-01")).singleElement()
                .satisfies(vm -> assertThat(vm.usbDevices()).isZero());
        assertThat(vms(rows)).filteredOn(vm -> vm.nicAdapterTypes().equals("Vmxnet3")).hasSizeGreaterThan(40);
    }

    /** Every cell as "sheet!A1 = formatted value", in sheet and row order. */
    private static List<String> dump(Path xlsx) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + formatter.formatCellValue(cell)
                                + " (" + cell.getCellStyle().getDataFormatString() + ")");
                    }
                }
            }
        }
        return cells;
    }

    private static List<VmRecord> vms(List<ReadRow> rows) {
        return rows.stream().filter(ReadRow.Vm.class::isInstance).map(r -> ((ReadRow.Vm) r).vm()).toList();
    }
}
