package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real public RVTools exports described in real-inventories/SOURCES.md. They live outside
 * the repository; set FLEETFIT_REAL_INVENTORIES to their folder to run these tests.
 */
class RealInventoriesTest {

    /** vInfo data rows per workbook, as SOURCES.md counts them. */
    private static final Map<String, Long> VINFO_ROWS = Map.of(
            "abeggi__RVTools_2024-02-27.xlsx", 124L,
            "abeggi__Farm_Lonati_RVTools_export_all_30052025.xlsx", 233L,
            "abeggi__BCspa1.xlsx", 19L,
            "abeggi__bcspa2.xlsx", 32L,
            "kylow__RVTOOLEX.xlsx", 133L,
            "huaweicloud__RVTools_export_all_2026_Bluemix_4.xlsx", 571L,
            "huaweicloud__RVTools_export_all_2026_Bluemix_4-with-DB-columns.xlsx", 571L);

    private static final long KYLOW_CSV_ROWS = 129;

    private static Path folder() {
        String env = System.getenv("FLEETFIT_REAL_INVENTORIES");
        Assumptions.assumeTrue(env != null && !env.isBlank(),
                "FLEETFIT_REAL_INVENTORIES is not set; real-inventory tests skipped");
        return Path.of(env);
    }

    static Stream<Arguments> workbooks() {
        return VINFO_ROWS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsEveryVinfoRowOfRealWorkbook(String fileName, long expectedRows) throws IOException {
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(folder().resolve("rvtools").resolve(fileName))) {
            summary = XlsxInventoryReader.read(fileName, in, rows::add);
        }

        assertThat(summary.rows()).isEqualTo(expectedRows);
        assertThat(rows).hasSize((int) expectedRows);
        assertThat(rows).allSatisfy(row -> assertThat(row).isInstanceOf(ReadRow.Vm.class));
        assertThat(summary.sheet()).isEqualTo("vInfo");
        assertThat(summary.format()).isEqualTo("RVTools xlsx");
        assertThat(summary.rvtoolsVersion()).isIn("4.4.3.0", "4.7.1.4");
        assertThat(vms(rows)).allSatisfy(vm -> {
            assertThat(vm.vmName()).isNotBlank();
            assertThat(vm.source().row()).isBetween(2L, expectedRows + 1);
            if (vm.cpus() == null) {
                // an inaccessible VM: vCenter reports 0 vCPUs and 0 MiB, which the reader treats as unknown
                assertThat(vm.warnings()).anySatisfy(w -> assertThat(w).startsWith("CPUs '0' is zero"));
            } else {
                assertThat(vm.cpus()).isPositive();
                assertThat(vm.memoryMib()).isPositive();
                assertThat(vm.warnings()).isEmpty();
            }
        });
        assertThat(vms(rows).stream().filter(vm -> vm.cpus() == null)).hasSizeLessThanOrEqualTo(1);
    }

    /**
     * The OS of every VM is read as vInfo states it, sizes are MiB as vInfo states them, and every
     * secondary tab's rows are joined to their VM: compared with the workbook read independently
     * through POI's full model.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsOsSizesAndTabFactsOfEveryVm(String fileName, long expectedRows) throws IOException {
        Path file = folder().resolve("rvtools").resolve(fileName);
        Map<String, List<Map<String, String>>> sheets = Sheets.read(file);
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary = XlsxInventoryReader.read(fileName, file, rows::add);
        Map<String, List<Map<String, String>>> disks = Sheets.byUuid(sheets.get("vDisk"));
        Map<String, List<Map<String, String>>> nics = Sheets.byUuid(sheets.get("vNetwork"));
        Map<String, List<Map<String, String>>> partitions = Sheets.byUuid(sheets.get("vPartition"));
        Map<String, Map<String, String>> hosts = new HashMap<>();
        sheets.get("vHost").forEach(h -> hosts.putIfAbsent(h.get("Host"), h));
        Map<String, Map<String, String>> vInfo = new HashMap<>();
        sheets.get("vInfo").forEach(r -> vInfo.put(r.get("VM UUID"), r));

        assertThat(summary.notes()).as("every tab present, every size in MiB").isEmpty();
        assertThat(vms(rows)).hasSize((int) expectedRows).allSatisfy(vm -> {
            Map<String, String> info = vInfo.get(vm.vmUuid());
            assertThat(vm.osConfig()).isEqualTo(info.get("OS according to the configuration file"));
            assertThat(vm.osTools()).isEqualTo(info.get("OS according to the VMware Tools"));
            assertThat(vm.factSheets()).containsExactly("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost");

            List<Map<String, String>> vmDisks = disks.getOrDefault(vm.vmUuid(), List.of());
            assertThat(vm.diskCount()).isEqualTo(vmDisks.size());
            assertThat(vm.diskCapacityMib()).isEqualTo(Sheets.sum(vmDisks, "Capacity MiB"));
            assertThat(vm.rawDeviceMappings()).isEqualTo(Sheets.count(vmDisks, "Raw", "True"::equalsIgnoreCase));
            assertThat(vm.independentDisks()).isEqualTo(Sheets.count(vmDisks, "Disk Mode", m -> m.startsWith("independent")));
            assertThat(vm.multiWriterDisks()).isZero();
            if (vm.memoryMib() != null) {
                // vDisk and vInfo agree to the MiB, and vInfo's provisioned space includes the disks
                assertThat(vm.diskCapacityMib()).isEqualTo(Long.parseLong(info.get("Total disk capacity MiB")));
                assertThat(vm.diskCapacityMib()).isLessThanOrEqualTo(vm.provisionedMib());
                assertThat(vm.memoryMib()).isBetween(128L, 4L << 20);
            }

            List<Map<String, String>> vmNics = nics.getOrDefault(vm.vmUuid(), List.of());
            assertThat(vm.nicAdapterTypes()).isEqualTo(Sheets.distinct(vmNics, "Adapter"));
            assertThat(vm.networks()).isEqualTo(Sheets.distinct(vmNics, "Network"));
            // Direct Path IO is True on most Vmxnet3 adapters; no real adapter is SR-IOV or passthrough
            assertThat(vm.passthroughNics()).isZero();
            assertThat(vm.usbDevices()).isZero();

            List<Map<String, String>> vmPartitions = partitions.getOrDefault(vm.vmUuid(), List.of());
            assertThat(vm.partitionConsumedMib()).isEqualTo(vmPartitions.isEmpty() ? null : Sheets.sum(vmPartitions, "Consumed MiB"));

            // vInfo's Folder is empty in every real export: the folder is vDisk's, else vNetwork's
            assertThat(info.get("Folder")).isNull();
            String folder = vmDisks.stream().map(d -> d.get("Folder")).filter(f -> f != null).findFirst()
                    .orElse(vmNics.stream().map(n -> n.get("Folder")).filter(f -> f != null).findFirst().orElse(null));
            assertThat(vm.folder()).isEqualTo(folder);

            Map<String, String> host = hosts.get(vm.host());
            assertThat(vm.esxiVersion()).isEqualTo(host.get("ESX Version")).startsWith("VMware ESXi ");
            assertThat(vm.hostCpuModel()).isEqualTo(host.get("CPU Model"));
        });
    }

    @Test
    void realExportsShowTheHardwareFactsTheAssessmentNeeds() throws IOException {
        List<VmRecord> bcspa1 = vms(read("abeggi__BCspa1.xlsx"));
        List<VmRecord> kylow = vms(read("kylow__RVTOOLEX.xlsx"));

        assertThat(bcspa1.stream().mapToInt(VmRecord::rawDeviceMappings).sum()).isEqualTo(6);
        assertThat(bcspa1).filteredOn(vm -> vm.rawDeviceMappings() > 0)
                .allSatisfy(vm -> assertThat(vm.independentDisks()).isEqualTo(vm.rawDeviceMappings()));
        assertThat(kylow.stream().mapToInt(VmRecord::independentDisks).sum()).isEqualTo(8);
        assertThat(kylow.stream().mapToInt(VmRecord::rawDeviceMappings).sum()).isZero();
    }

    private List<ReadRow> read(String fileName) {
        List<ReadRow> rows = new ArrayList<>();
        XlsxInventoryReader.read(fileName, folder().resolve("rvtools").resolve(fileName), rows::add);
        return rows;
    }

    @Test
    void everyRealWorkbookHasAnExpectedRowCount() throws IOException {
        try (Stream<Path> files = Files.list(folder().resolve("rvtools"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")))
                    .containsExactlyInAnyOrderElementsOf(VINFO_ROWS.keySet());
        }
    }

    @Test
    void readsCustomAttributeColumnsAddedByBackupToolsAndCustomers() throws IOException {
        assertThat(customAttributeNames("abeggi__Farm_Lonati_RVTools_export_all_30052025.xlsx"))
                .isSubsetOf("Dell EMC vProxy Cleanup Descriptor", "Dell EMC vProxy FLR Session",
                        "Dell EMC vProxy Session", "EMC vProxy Cleanup Descriptor", "EMC vProxy Session",
                        "Last EMC vProxy Backup", "Rubrik_LastBackup", "Backup")
                .isNotEmpty();
        assertThat(customAttributeNames("huaweicloud__RVTools_export_all_2026_Bluemix_4-with-DB-columns.xlsx"))
                .containsExactlyInAnyOrder("PRDorHML", "DB SQL");
        assertThat(customAttributeNames("huaweicloud__RVTools_export_all_2026_Bluemix_4.xlsx")).isEmpty();
    }

    @Test
    void readsGuestDetailedDataOfRvtools47() throws IOException {
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(folder().resolve("rvtools/kylow__RVTOOLEX.xlsx"))) {
            XlsxInventoryReader.read("kylow__RVTOOLEX.xlsx", in, rows::add);
        }
        assertThat(vms(rows)).anySatisfy(vm -> assertThat(vm.guestDetail()).contains("prettyName='"));
        assertThat(vms(rows)).allSatisfy(vm -> assertThat(vm.viSdkServer()).isEqualTo("p-vc-01.usfq.edu.ec"));
    }

    @Test
    void readsEveryRowOfRealRvtoolsLayoutCsv() throws IOException {
        try (Stream<Path> files = Files.list(folder().resolve("rvtools-csv"))) {
            List<Path> csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            assertThat(csvs).isNotEmpty();
            for (Path csv : csvs) {
                List<ReadRow> rows = new ArrayList<>();
                ReadSummary summary;
                try (InputStream in = Files.newInputStream(csv)) {
                    summary = CsvInventoryReader.read(csv.getFileName().toString(), in, rows::add);
                }
                assertThat(summary.rows()).as(csv.getFileName().toString()).isEqualTo(KYLOW_CSV_ROWS);
                assertThat(summary.format()).isEqualTo("RVTools CSV");
                assertThat(rows).allSatisfy(row -> assertThat(row).isInstanceOf(ReadRow.Vm.class));
                assertThat(vms(rows)).allSatisfy(vm -> assertThat(vm.cpus()).isPositive());
            }
        }
    }

    private Set<String> customAttributeNames(String fileName) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(folder().resolve("rvtools").resolve(fileName))) {
            XlsxInventoryReader.read(fileName, in, row -> {
                if (row instanceof ReadRow.Vm vm) {
                    names.addAll(vm.vm().customAttributes().keySet());
                }
            });
        }
        return names;
    }

    /** A real workbook read independently, through POI's full model: sheet to rows of header to text. */
    private static final class Sheets {
        private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

        static Map<String, List<Map<String, String>>> read(Path file) throws IOException {
            Map<String, List<Map<String, String>>> sheets = new HashMap<>();
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    List<String> header = null;
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                            Cell cell = row.getCell(c);
                            String text = cell == null ? null : cell.getCellType() == CellType.NUMERIC
                                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                    : FORMATTER.formatCellValue(cell).strip();
                            cells.add(text == null || text.isEmpty() ? null : text);
                        }
                        if (cells.stream().allMatch(c -> c == null)) {
                            continue;
                        }
                        if (header == null) {
                            header = cells;
                            continue;
                        }
                        Map<String, String> values = new HashMap<>();
                        for (int c = 0; c < header.size(); c++) {
                            values.putIfAbsent(header.get(c), c < cells.size() ? cells.get(c) : null);
                        }
                        rows.add(values);
                    }
                    sheets.put(sheet.getSheetName(), rows);
                }
            }
            return sheets;
        }

        static Map<String, List<Map<String, String>>> byUuid(List<Map<String, String>> rows) {
            Map<String, List<Map<String, String>>> byUuid = new HashMap<>();
            rows.stream().filter(r -> r.get("VM UUID") != null)
                    .forEach(r -> byUuid.computeIfAbsent(r.get("VM UUID"), k -> new ArrayList<>()).add(r));
            return byUuid;
        }

        static long sum(List<Map<String, String>> rows, String column) {
            return Math.round(rows.stream().map(r -> r.get(column)).filter(v -> v != null).mapToDouble(Double::parseDouble).sum());
        }

        static int count(List<Map<String, String>> rows, String column, java.util.function.Predicate<String> test) {
            return (int) rows.stream().map(r -> r.get(column)).filter(v -> v != null && test.test(v)).count();
        }

        static String distinct(List<Map<String, String>> rows, String column) {
            List<String> values = rows.stream().map(r -> r.get(column)).filter(v -> v != null).distinct().toList();
            return values.isEmpty() ? null : String.join(";", values);
        }
    }

    private static List<VmRecord> vms(List<ReadRow> rows) {
        return rows.stream().filter(ReadRow.Vm.class::isInstance).map(r -> ((ReadRow.Vm) r).vm()).toList();
    }
}
