package io.fleetfit.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.XlsxInventoryReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

class RvtoolsExportTest {

    private static final int VMS = 50;
    private static final long SEED = 7L;

    /** vInfo's header in a real RVTools 4.7.1.4 export with three vCenter custom attributes (real-inventories/HEADERS.md). */
    private static final List<String> RVTOOLS_47_VINFO = List.of("VM", "Powerstate", "Template", "SRM Placeholder",
            "Config status", "DNS Name", "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn",
            "Suspended To Memory", "Suspend time", "Suspend Interval", "Creation date", "Change Version", "CPUs",
            "Overall Cpu Readiness", "Memory", "Active Memory", "NICs", "Disks", "Total disk capacity MiB",
            "Fixed Passthru HotPlug", "min Required EVC Mode Key", "Latency Sensitivity", "Op Notification Timeout",
            "EnableUUID", "CBT", "Primary IP Address", "Network #1", "Network #2", "Network #3", "Network #4", "Network #5",
            "Network #6", "Network #7", "Network #8", "Num Monitors", "Video Ram KiB", "Resource pool", "Folder ID", "Folder",
            "vApp", "DAS protection", "FT State", "FT Role", "FT Latency", "FT Bandwidth", "FT Sec. Latency",
            "Vm Failover In Progress", "Provisioned MiB", "In Use MiB", "Unshared MiB", "HA Restart Priority",
            "HA Isolation Response", "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)", "Boot Required",
            "Boot delay", "Boot retry delay", "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff", "EFI Secure boot",
            "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target", "Path", "Log directory",
            "Snapshot directory", "Suspend directory", "Annotation", "Backup status", "ClusterInvariantVMMId", "Last backup",
            "Datacenter", "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools",
            "Customization Info", "Guest Detailed Data", "VM ID", "SMBIOS UUID", "VM UUID", "VI SDK Server type",
            "VI SDK API Version", "VI SDK Server", "VI SDK UUID");
    private static final List<String> RVTOOLS_TABS = List.of("vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vNetwork",
            "vCD", "vUSB", "vSnapshot", "vTools", "vSource", "vRP", "vCluster", "vHost", "vHBA", "vNIC", "vSwitch", "vPort",
            "dvSwitch", "dvPort", "vSC_VMK", "vDatastore", "vMultiPath", "vLicense", "vFileInfo", "vHealth", "vMetaData");

    @TempDir
    static Path temp;

    private static Path file;
    private static Map<String, Integer> written;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        file = temp.resolve("RVTools_export_all.xlsx");
        written = RvtoolsExport.write(file, VMS, SEED, true);
    }

    @Test
    void writesEveryTabOfAnRvtoolsExportInItsOrder() throws IOException {
        try (XSSFWorkbook wb = workbook(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));

            assertThat(names).isEqualTo(RVTOOLS_TABS);
            assertThat(written.keySet()).containsExactlyElementsOf(RVTOOLS_TABS);
            for (Sheet sheet : wb) {
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(written.get(sheet.getSheetName()));
            }
        }
    }

    @Test
    void writesTextAsSharedStringsAndNeverInline() throws IOException {
        try (XSSFWorkbook wb = workbook(file)) {
            int strings = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        STCellType.Enum type = ((XSSFCell) cell).getCTCell().getT();
                        assertThat(type).as(cell.getAddress().formatAsString()).isNotEqualTo(STCellType.INLINE_STR);
                        strings += type == STCellType.S ? 1 : 0;
                    }
                }
            }

            assertThat(wb.getSharedStringSource().getUniqueCount()).isGreaterThan(1000);
            assertThat(strings).isGreaterThan(VMS * 100);
        }
    }

    @Test
    void vInfoHasRvtools47sHeaderAndAValueInEveryCell() throws IOException {
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb = workbook(file)) {
            Sheet vInfo = wb.getSheet("vInfo");
            List<String> header = new ArrayList<>();
            vInfo.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));

            assertThat(header).isEqualTo(RVTOOLS_47_VINFO).isEqualTo(RvtoolsExport.VINFO_HEADER);
            assertThat(vInfo.getLastRowNum()).isEqualTo(VMS);
            for (int r = 1; r <= VMS; r++) {
                Row row = vInfo.getRow(r);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null ? "" : text.formatCellValue(cell)).as("vInfo %s, row %d", header.get(c), r + 1)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void writesDatesAsStyledSerialNumbersAndIntegersAsNumbers() throws IOException {
        try (XSSFWorkbook wb = workbook(file)) {
            Row row = wb.getSheet("vInfo").getRow(1);
            Cell created = row.getCell(RVTOOLS_47_VINFO.indexOf("Creation date"));
            Cell memory = row.getCell(RVTOOLS_47_VINFO.indexOf("Memory"));

            assertThat(created.getCellStyle().getDataFormatString()).isEqualTo("yyyy/MM/dd HH:mm:ss");
            assertThat(created.getNumericCellValue()).isBetween(30_000.0, 46_000.0);
            assertThat(memory.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(memory.getNumericCellValue()).isPositive();
        }
    }

    @Test
    void givesEachVmTwoToFourDisksOneOrTwoAdaptersAndItsGuestsPartitions() throws IOException {
        Map<String, int[]> perVm = new HashMap<>();      // VM UUID -> vDisk, vNetwork, vPartition rows
        Map<String, Boolean> toolsRun = new HashMap<>();
        try (XSSFWorkbook wb = workbook(file)) {
            Sheet vInfo = wb.getSheet("vInfo");
            int uuid = RVTOOLS_47_VINFO.indexOf("VM UUID");
            int heartbeat = RVTOOLS_47_VINFO.indexOf("Heartbeat");
            for (int r = 1; r <= vInfo.getLastRowNum(); r++) {
                Row row = vInfo.getRow(r);
                perVm.put(row.getCell(uuid).getStringCellValue(), new int[3]);
                toolsRun.put(row.getCell(uuid).getStringCellValue(), row.getCell(heartbeat).getStringCellValue().equals("green"));
            }
            List<String> tabs = List.of("vDisk", "vNetwork", "vPartition");
            for (int t = 0; t < tabs.size(); t++) {
                Sheet sheet = wb.getSheet(tabs.get(t));
                int uuidColumn = columnOf(sheet, "VM UUID");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    perVm.get(sheet.getRow(r).getCell(uuidColumn).getStringCellValue())[t]++;
                }
            }
        }

        assertThat(perVm).hasSize(VMS).allSatisfy((uuid, rows) -> {
            assertThat(rows[0]).as("vDisk rows of %s", uuid).isBetween(2, 4);
            assertThat(rows[1]).as("vNetwork rows of %s", uuid).isBetween(1, 2);
            if (toolsRun.get(uuid)) {
                assertThat(rows[2]).as("vPartition rows of %s", uuid).isBetween(rows[0], rows[0] + 1);
            } else {
                assertThat(rows[2]).as("vPartition rows of %s (Tools not running)", uuid).isZero();
            }
        });
        assertThat(written.get("vDisk")).isBetween(VMS * 2 + VMS / 5, VMS * 3);
        assertThat(written.get("vNetwork")).isBetween(VMS, VMS * 3 / 2);
    }

    @Test
    void vDiskHoldsMoreXmlThanVInfoAsInRealExports() throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry vInfo = zip.getEntry("xl/worksheets/sheet1.xml");
            ZipEntry vDisk = zip.getEntry("xl/worksheets/sheet4.xml");

            assertThat(zip.getEntry("xl/sharedStrings.xml")).isNotNull();
            assertThat(vDisk.getSize()).isGreaterThan(vInfo.getSize());
            try (InputStream in = zip.getInputStream(vInfo)) {
                assertThat(new String(in.readNBytes(400), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("<x:worksheet xmlns:r=").contains("<x:dimension ref=\"A1:CO51\" />");
            }
        }
    }

    @Test
    void fleetfitsReaderReadsEveryVmWithItsTabsAndAssessesEachOne() {
        List<VmRecord> vms = new ArrayList<>();
        ReadSummary summary = XlsxInventoryReader.read(file.getFileName().toString(), file, row -> vms.add(((ReadRow.Vm) row).vm()));
        Assessor assessor = Assessor.standard(AssessmentSettings.standard(LocalDate.of(2026, 11, 27)));
        Map<Disposition, Integer> dispositions = new EnumMap<>(Disposition.class);

        assertThat(summary).isEqualTo(new ReadSummary(file.getFileName().toString(), "vInfo", "RVTools xlsx", "4.7.1.4", VMS));
        assertThat(vms).hasSize(VMS).allSatisfy(vm -> {
            assertThat(vm.warnings()).isEmpty();
            assertThat(vm.factSheets()).contains("vInfo", "vDisk", "vNetwork", "vUSB", "vHost");
            assertThat(vm.diskCount()).isBetween(2, 4);
            assertThat(vm.hostCpuModel()).isNotBlank();
            assertThat(vm.customAttributes()).containsKeys("Backup status", "ClusterInvariantVMMId", "Last backup");
            Outcome outcome = assessor.assess(vm);
            if (!Boolean.TRUE.equals(vm.template())) {
                assertThat(outcome).isInstanceOf(Assessment.class);
                dispositions.merge(((Assessment) outcome).disposition(), 1, Integer::sum);
            }
        });
        assertThat(vms.stream().mapToInt(VmRecord::diskCount).sum()).isEqualTo(written.get("vDisk"));
        assertThat(dispositions).doesNotContainKey(Disposition.INSUFFICIENT_DATA);
        assertThat(dispositions.size()).as("dispositions %s", dispositions).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedAnotherEstate() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ByteArrayOutputStream other = new ByteArrayOutputStream();

        RvtoolsExport.write(first, 20, SEED, true);
        RvtoolsExport.write(second, 20, SEED, true);
        RvtoolsExport.write(other, 20, SEED + 1, true);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray()).isNotEqualTo(other.toByteArray());
    }

    @Test
    void inlineStringsOptionWritesTheSameVmsWithoutASharedStringsTable() throws IOException {
        Path inline = temp.resolve("inline.xlsx");
        RvtoolsExport.write(inline, VMS, SEED, false);
        List<VmRecord> shared = new ArrayList<>();
        List<VmRecord> inlined = new ArrayList<>();

        XlsxInventoryReader.read("fleet.xlsx", file, row -> shared.add(((ReadRow.Vm) row).vm()));
        XlsxInventoryReader.read("fleet.xlsx", inline, row -> inlined.add(((ReadRow.Vm) row).vm()));

        try (ZipFile zip = new ZipFile(inline.toFile()); XSSFWorkbook wb = workbook(inline)) {
            assertThat(zip.getEntry("xl/sharedStrings.xml")).isNull();
            Cell name = wb.getSheet("vInfo").getRow(1).getCell(0);
            assertThat(((XSSFCell) name).getCTCell().getT()).isEqualTo(STCellType.INLINE_STR);
        }
        assertThat(inlined).isEqualTo(shared);
    }

    @Test
    void vInfoHeaderIsTheRealExportsHeader() throws IOException {
        String dir = System.getenv("FLEETFIT_REAL_INVENTORIES");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "FLEETFIT_REAL_INVENTORIES is not set to a folder: comparison with a real RVTools 4.7.1.4 export skipped");
        Path real = Path.of(dir, "rvtools", "kylow__RVTOOLEX.xlsx");
        assumeTrue(Files.isRegularFile(real), real + " is missing: comparison with a real RVTools 4.7.1.4 export skipped");
        try (XSSFWorkbook wb = workbook(real); XSSFWorkbook ours = workbook(file)) {
            for (Sheet sheet : wb) {
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> expected.add(cell.getStringCellValue()));
                ours.getSheet(sheet.getSheetName()).getRow(0).forEach(cell -> actual.add(cell.getStringCellValue()));

                assertThat(actual).as(sheet.getSheetName()).isEqualTo(expected);
            }
        }
    }

    private static XSSFWorkbook workbook(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int columnOf(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no column " + header);
    }
}
