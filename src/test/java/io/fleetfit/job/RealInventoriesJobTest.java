package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vInfo row of every real RVTools workbook ends in assessments.csv as assessed, template, system VM or
 * rejected with a reason. The expected row counts come from the folder's own SOURCES.md.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class RealInventoriesJobTest {

    static Path folder() {
        String dir = System.getenv("FLEETFIT_REAL_INVENTORIES");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "FLEETFIT_REAL_INVENTORIES is not set to a folder: real-inventory tests skipped");
        return Path.of(dir);
    }

    static Stream<Path> workbooks() throws IOException {
        String dir = System.getenv("FLEETFIT_REAL_INVENTORIES");
        if (dir == null || !Files.isDirectory(Path.of(dir, "rvtools"))) {
            return Stream.of(Path.of("FLEETFIT_REAL_INVENTORIES-not-set"));
        }
        try (Stream<Path> files = Files.list(Path.of(dir, "rvtools"))) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void accountsForEveryVinfoRow(Path workbook, SparkSession spark, @TempDir Path out) throws Exception {
        Path root = folder();
        long expected = vinfoRows(root.resolve("SOURCES.md"), "rvtools/" + workbook.getFileName());

        AssessmentJobTest.Run run = AssessmentJobTest.run(spark, "--input", workbook.toString(),
                "--out", out.toString(), "--client", "real", "--as-of", "2026-11-26");
        assertThat(run.code()).as(run.err()).isZero();

        List<Map<String, String>> rows = AssessmentJobTest.readCsv(out.resolve("real/assessments.csv"));
        assertThat(rows).hasSize((int) expected);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("status")).isIn("ASSESSED", "TEMPLATE", "SYSTEM_VM", "REJECTED");
            assertThat(r.get("source_file")).isEqualTo(workbook.getFileName().toString());
            assertThat(r.get("source_sheet")).isEqualTo("vInfo");
            if (r.get("status").equals("ASSESSED")) {
                assertThat(r.get("disposition")).isNotBlank();
            } else {
                assertThat(r.get("reason")).isNotBlank();
            }
        });
        assertThat(rows.stream().map(r -> r.get("source_row")).distinct().count())
                .as("one row per vInfo row").isEqualTo(expected);
        assertEvidenceForPeople(out.resolve("real/migration-report.xlsx"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = Reports.open(out.resolve("real/migration-report.xlsx"))) {
            Reports.assertCountedOnce(wb, rows.stream().filter(r -> r.get("status").equals("ASSESSED")).toList(), "PORT-020");
            io.fleetfit.report.LinkTargets.assertEveryLinkNamesItsTarget(wb);
        }
    }

    /** The report's evidence is written for people: the inventory's values quoted, no raw key, glob or key = value. */
    static void assertEvidenceForPeople(Path report) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = Reports.open(report)) {
            assertThat(Reports.rawEvidence(wb)).as("evidence with raw keys in " + report).isEmpty();
        }
    }

    /** The "vInfo (124×82)" figure of the file's section in SOURCES.md. */
    static long vinfoRows(Path sources, String file) throws IOException {
        String text = Files.readString(sources);
        int at = text.indexOf("## `" + file + "`");
        assertThat(at).as(file + " in SOURCES.md").isNotNegative();
        Matcher m = Pattern.compile("vInfo \\((\\d+)×").matcher(text);
        assertThat(m.find(at)).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Every other inventory in the folder, with the options a consultant would pass and the sheet it is read from. */
    static Stream<org.junit.jupiter.params.provider.Arguments> otherInventories() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("rvtools-csv/kylow__vmware_rvtools_exporter__vInfo.csv", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("azure-migrate/polichtm__AzureMigrateimport-01.csv", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("other/vcdkit__vmlist.csv", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("other/bmead21__RVTools_Kyndryl-processed.xlsx", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("other/spiral023__Server-Doku-23-02-2026-01_44_01.xlsx",
                        List.of("--mapping", "jobs/mappings/german-cmdb.csv")));
    }

    @ParameterizedTest
    @MethodSource("otherInventories")
    void readsEveryOtherRealInventoryAndAccountsForEachRow(String file, List<String> options, SparkSession spark,
                                                           @TempDir Path out) throws Exception {
        Path input = folder().resolve(file);
        long expected = file.endsWith(".csv") ? csvRecords(input) : dataRowsFromSources(folder().resolve("SOURCES.md"), file);

        List<String> args = new java.util.ArrayList<>(List.of("--input", input.toString(), "--out", out.toString(),
                "--client", "real", "--as-of", "2026-11-26"));
        args.addAll(options);
        AssessmentJobTest.Run run = AssessmentJobTest.run(spark, args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();

        List<Map<String, String>> rows = AssessmentJobTest.readCsv(out.resolve("real/assessments.csv"));
        assertThat(rows).hasSize((int) expected);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isIn("ASSESSED", "TEMPLATE", "SYSTEM_VM", "REJECTED"));
        assertThat(rows).filteredOn(r -> r.get("status").equals("ASSESSED"))
                .as("every VM of these files states an OS, and it is read")
                .allSatisfy(r -> assertThat(r.get("os")).isNotBlank());
        assertEvidenceForPeople(out.resolve("real/migration-report.xlsx"));
    }

    /** Non-blank records of a CSV file, counted with OpenCSV independently of fleetfit's readers. */
    static long csvRecords(Path csv) throws Exception {
        try (com.opencsv.CSVReader r = new com.opencsv.CSVReader(Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8))) {
            return r.readAll().stream().skip(1).filter(rec -> java.util.Arrays.stream(rec).anyMatch(c -> !c.isBlank())).count();
        }
    }

    /** The data-row figure "Sheet (N×" of the file's first sheet in SOURCES.md. */
    static long dataRowsFromSources(Path sources, String file) throws IOException {
        String text = Files.readString(sources);
        int at = text.indexOf("## `" + file + "`");
        assertThat(at).as(file + " in SOURCES.md").isNotNegative();
        Matcher m = Pattern.compile("data rows × header cols:\\*\\* \\w[\\w ]* \\((\\d+)×").matcher(text);
        assertThat(m.find(at)).isTrue();
        return Long.parseLong(m.group(1));
    }
}
