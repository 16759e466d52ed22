package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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

    private static List<VmRecord> vms(List<ReadRow> rows) {
        return rows.stream().filter(ReadRow.Vm.class::isInstance).map(r -> ((ReadRow.Vm) r).vm()).toList();
    }
}
